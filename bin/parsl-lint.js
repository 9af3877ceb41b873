#!/usr/bin/env node
// The command is bundled, with every library it uses, into bin/dist/ (`npm run bundle`), which is
// committed: installing from git or from the tarball needs no build step and no dependency.
import module from 'node:module';

// Node 22.1+ keeps the compiled bundle on disk between runs (a no-op on Node 20); it must be on
// before the bundle loads, hence the dynamic import below.
module.enableCompileCache?.();
const { run } = await import('./dist/main.mjs');

// A reader that stops early (`parsl-lint rules | head`) is not an error, unless it cut the fixed
// document of `--fix -` short (which sets exit code 2 while it writes it); any other failed write
// (a full disk, `> /dev/full`) is: the output is incomplete, so exit 2 with one line, not a trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' && process.exitCode !== 2) process.exit(process.exitCode ?? 0);
  process.stderr.write(`parsl-lint: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(2);
});
process.stderr.on('error', () => process.exit(2));
process.exitCode = await run(process.argv.slice(2));
