const fs = require('node:fs'); const vm = require('node:vm'); const path = require('node:path');
const file = path.join(__dirname, 'main.cjs'); const cacheFile = file + '.cache';
const source = fs.readFileSync(file, 'utf8');
let cachedData; try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(require('node:module').wrap(source), { filename: file, cachedData, importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
const m = { exports: {} };
script.runInThisContext().call(m.exports, m.exports, require, m, file, __dirname);
if (cachedData && script.cachedDataRejected) console.error('rejected');
m.exports.run(process.argv.slice(2)).then((code) => { process.exitCode = code; if (process.env.MAKE_CACHE) fs.writeFileSync(cacheFile, script.createCachedData()); });
