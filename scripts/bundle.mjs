// `npm run bundle`: bundles the command (src/cli/main.ts) and the library entry point
// (src/index.ts), with every library they import, into bin/dist/, with the library's type
// declarations in bin/dist/types/ (tsconfig.types.json). bin/dist/ is committed, so that a git install (pre-commit, `npm install -g git+…`, a
// GitHub Action checkout) runs without a build step or a dependency. esbuild compiles the
// TypeScript itself, so the bundle does not depend on tsc's output, and its output is
// deterministic: test/bundle.test.ts rebuilds HEAD's source and compares.
// Start-up is what users wait for: one file loads in about a third of the time the ~100 modules
// of dist/src and node_modules take (measured with `npm run bench`). Code loaded only on demand
// (--fix, --diff, a config file) stays in chunks of its own.
//
// Usage: node scripts/bundle.mjs [OUTDIR]   (default bin/dist, relative to the repository root)
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { configValidator } from './config-validator.mjs';
import { chalkWithoutDetection, lazyStartUp } from './lazy-start-up.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const outdir = path.resolve(root, process.argv[2] ?? 'bin/dist');
// Chunk names carry a hash of their content: old chunks would linger beside new ones.
rmSync(outdir, { recursive: true, force: true });

await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/cli/main.ts', index: 'src/index.ts' },
  outdir,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  outExtension: { '.js': '.mjs' },
  // Paths in the bundle's comments stay relative to the root even when node_modules is a link
  // (the freshness test builds a copy of HEAD that links to this node_modules).
  preserveSymlinks: true,
  // CommonJS dependencies (ajv) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);" },
  plugins: [lazyStartUp, chalkWithoutDetection, configValidator],
  logLevel: 'warning',
});

const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
const types = spawnSync(process.execPath, [tsc, '-p', 'tsconfig.types.json', '--outDir', path.join(outdir, 'types')], { cwd: root, stdio: 'inherit' });
if (types.status !== 0) process.exit(types.status ?? 1);
