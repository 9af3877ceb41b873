#!/usr/bin/env node
// The command is bundled, with every library it uses, into bin/dist/ (`npm run bundle`), which is
// committed: installing from git or from the tarball needs no build step and no dependency.
import { run } from './dist/main.mjs';

// A reader that stops early (`parsl-lint rules | head`) is not an error; any other failed write
// (a full disk, `> /dev/full`) is: the output is incomplete, so exit 2 with one line, not a trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  process.stderr.write(`parsl-lint: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(2);
});
process.stderr.on('error', () => process.exit(2));
process.exitCode = await run(process.argv.slice(2));
