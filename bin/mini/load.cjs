const fs = require('node:fs'); const vm = require('node:vm'); const path = require('node:path');
const file = path.join(__dirname, 'out.cjs'); const cacheFile = file + '.cache';
const source = fs.readFileSync(file, 'utf8');
let cachedData; try { cachedData = fs.readFileSync(cacheFile); } catch {}
const script = new vm.Script(require('node:module').wrap(source), { filename: file, cachedData });
const fn = script.runInThisContext();
fn.call(module.exports, module.exports, require, module, file, __dirname);
if (process.env.MAKE_CACHE) process.on('exit', () => fs.writeFileSync(cacheFile, script.createCachedData()));
if (cachedData && script.cachedDataRejected) console.error('rejected');
