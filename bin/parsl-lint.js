#!/usr/bin/env node
// The command is compiled TypeScript in dist/, built by `npm install` (the prepare script).
let cli;
try {
  cli = await import('../dist/src/cli/main.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write('parsl-lint: not built yet: run `npm install` (or `npm run build`) in the parsl-lint folder\n');
  process.exit(2);
}
process.exitCode = await cli.run(process.argv.slice(2));
