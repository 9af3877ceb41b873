#!/usr/bin/env node
// The command is bundled, with every library it uses, into bin/dist/ (`npm run bundle`), which is
// committed: installing from git or from the tarball needs no build step and no dependency.
import { run } from './dist/main.mjs';

// A reader that stops early (`parsl-lint rules | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});
process.exitCode = await run(process.argv.slice(2));
