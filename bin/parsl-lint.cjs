#!/usr/bin/env node
'use strict';
// The command is bundled, with every library it uses, into bin/dist/ (`npm run bundle`), which is
// committed: installing from git or from the tarball needs no build step and no dependency.
// CommonJS, not an ES module: Node starts a CommonJS file without setting up its ES module
// loader, and the bundle is run from V8's code cache (src/launcher.ts).
const path = require('node:path');
const { loadBundle } = require('./dist/launcher.cjs');

const cli = loadBundle(path.join(__dirname, 'dist', 'cli.cjs'));

// A reader that stops early (`parsl-lint rules | head`) is not an error, unless it cut the fixed
// document of `--fix -` short (which sets exit code 2 while it writes it); any other failed write
// (a full disk, `> /dev/full`) is: the output is incomplete, so exit 2 with one line, not a trace.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE' && process.exitCode !== 2) process.exit(process.exitCode ?? 0);
  process.stderr.write(`parsl-lint: cannot write the output: ${error.code ?? error.message}\n`);
  process.exit(2);
});
process.stderr.on('error', () => process.exit(2));
cli.exports.run(process.argv.slice(2), cli.saveCodeCache).then((code) => {
  process.exitCode = code;
});
