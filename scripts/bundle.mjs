// `npm run bundle`: bundles the command and the library, with every library they import, into
// bin/dist/, with the library's type declarations in bin/dist/types/ (tsconfig.types.json).
// bin/dist/ is committed, so that a git install (pre-commit, `npm install -g git+…`, a GitHub
// Action checkout) runs without a build step or a dependency. esbuild compiles the TypeScript
// itself, so the bundle does not depend on tsc's output, and its output is deterministic:
// test/bundle.test.ts rebuilds HEAD's source and compares.
//
// Start-up is what users wait for (npm run bench):
// - cli.cjs, the command (src/cli/main.ts): one CommonJS file, which Node loads without its ES
//   module machinery and which src/launcher.ts runs from V8's code cache. Its first line is
//   `// sha256:` of the rest, the cache's key. Everything of ours is in it;
// - vendor/*.cjs: the large libraries a lint does not use (yargs for --help and values, globby
//   for globs, picomatch for a config's globs, ajv) and the config file's validator (generated
//   by scripts/config-validator.mjs), each loaded when first needed, so that neither the file
//   nor the code cache carries them;
// - launcher.cjs: src/launcher.ts, for bin/parsl-lint.cjs;
// - index.mjs: the library (src/index.ts), an ES module.
//
// Usage: node scripts/bundle.mjs [OUTDIR]   (default bin/dist, relative to the repository root)
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { configValidator } from './config-validator.mjs';
import { chalkWithoutDetection, lazyStartUp } from './lazy-start-up.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.resolve(root, process.argv[2] ?? 'bin/dist');
rmSync(outdir, { recursive: true, force: true });

/**
 * Each module kept out of cli.cjs, as CommonJS whose exports are what the command's
 * `await import(…)` takes: the default export is module.exports, the named ones its properties.
 */
const VENDOR = {
  yargs: "module.exports = require('yargs').default;",
  globby: "const { globby, isDynamicPattern } = require('globby'); module.exports = { globby, isDynamicPattern };",
  picomatch: "module.exports = require('picomatch');",
  ajv: "module.exports = require('ajv');",
  'config-validator': "module.exports = { generated: require('./src/config/config-validator.ts').generated };",
};

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20.19',
  // ASCII text reads fastest (src/launcher.ts reads cli.cjs as latin1).
  charset: 'ascii',
  // Paths in the bundle's comments stay relative to the root even when node_modules is a link
  // (the freshness test builds a copy of HEAD that links to this node_modules).
  preserveSymlinks: true,
  plugins: [lazyStartUp, chalkWithoutDetection, configValidator],
  logLevel: 'warning',
};

// CommonJS has no import.meta: package-files.ts finds the package from the bundle's own path.
const commonJs = {
  ...common,
  format: 'cjs',
  define: { 'import.meta.url': '__parslLintBundleUrl' },
  banner: { js: "const __parslLintBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
};

/**
 * The command's imports of the vendored modules, each made a require() of its file when first
 * used. (An import() left in cli.cjs would need a dynamic-import callback, which V8 loses for
 * code read from the cache.)
 */
const vendored = {
  name: 'vendored',
  setup(pluginBuild) {
    const vendor = (name) => ({ path: name, namespace: 'vendored' });
    pluginBuild.onResolve({ filter: /^(yargs|globby|picomatch|ajv)$/ }, ({ path: name }) => vendor(name));
    pluginBuild.onResolve({ filter: /^\.\/config-validator\.js$/ }, ({ importer }) => (importer.endsWith(path.join('src', 'config', 'load.ts')) ? vendor('config-validator') : undefined));
    pluginBuild.onResolve({ filter: /^\.\/vendor\//, namespace: 'vendored' }, ({ path: file }) => ({ path: file, external: true }));
    pluginBuild.onLoad({ filter: /.*/, namespace: 'vendored' }, ({ path: name }) => ({ contents: `module.exports = require('./vendor/${name}.cjs');`, loader: 'js' }));
  },
};

await build({ ...commonJs, entryPoints: ['src/cli/main.ts'], outfile: path.join(outdir, 'cli.cjs'), plugins: [vendored, ...common.plugins] });
const cli = path.join(outdir, 'cli.cjs');
const code = readFileSync(cli, 'utf8');
writeFileSync(cli, `// sha256:${createHash('sha256').update(code).digest('hex')}\n${code}`);

for (const [name, contents] of Object.entries(VENDOR)) {
  // Without the indentation: the validator's code nests a level per rule, and nobody reads these.
  const outfile = path.join(outdir, 'vendor', `${name}.cjs`);
  await build({ ...commonJs, stdin: { contents, resolveDir: root, loader: 'js', sourcefile: `vendor-${name}.cjs` }, outfile, minifyWhitespace: true });
}
await build({ ...common, format: 'cjs', entryPoints: ['src/launcher.ts'], outfile: path.join(outdir, 'launcher.cjs') });
await build({
  ...common,
  format: 'esm',
  entryPoints: ['src/index.ts'],
  outfile: path.join(outdir, 'index.mjs'),
  // CommonJS dependencies (ajv) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);" },
});

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const types = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.types.json', '--outDir', path.join(outdir, 'types')], { cwd: root, stdio: 'inherit' });
if (types.status !== 0) process.exit(types.status ?? 1);
