// Bundles the compiled CLI (dist/src/cli/main.js) and its dependencies into dist/bundle/.
// Start-up is what users wait for: one file loads in about a third of the time the ~100 modules
// of dist/src and node_modules take (measured with `npm run bench`). Code loaded only on demand
// (--fix, --diff, a config file) stays in chunks of its own.
import { build } from 'esbuild';
import { lazyStartUp } from './lazy-start-up.mjs';

await build({
  entryPoints: { main: 'dist/src/cli/main.js' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.19',
  outExtension: { '.js': '.mjs' },
  // CommonJS dependencies (ajv) call require() for Node's built-ins.
  banner: { js: "import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);" },
  plugins: [lazyStartUp],
  logLevel: 'warning',
});
