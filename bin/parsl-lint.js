#!/usr/bin/env node
// The command is TypeScript compiled and bundled into dist/bundle/ by `npm install` (the preprepare script).
import module from 'node:module';

// Node 22.1+ keeps the compiled bundle on disk between runs (a shorter start); older Nodes lack it.
module.enableCompileCache?.();
let cli;
try {
  cli = await import('../dist/bundle/main.mjs');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/bundle/main.mjs')) throw error;
  process.stderr.write('parsl-lint: not built yet: run `npm install` (or `npm run build`) in the parsl-lint folder\n');
  process.exit(2);
}
// A reader that stops early (`parsl-lint rules | head`) is not an error; any other failed write
// (a full disk, `> /dev/full`) is: the output is incomplete, so exit 2 with one line, not a trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`parsl-lint: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(2);
});
process.stderr.on('error', () => process.exit(2));
process.exitCode = await cli.run(process.argv.slice(2));
