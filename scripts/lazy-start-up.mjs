// esbuild plugins for start-up time. lazyStartUp: yargs' help layout (cliui, wrap-ansi) measures text with
// string-width, whose module top level builds an Intl.Segmenter and, in string-width 8, the
// /^\p{RGI_Emoji}$/v regular expression: together most of the top-level time of a run, paid on
// every lint although only --help and usage errors lay text out. This defers both to their first
// use; what string-width computes is unchanged, for any text. The build fails if a new
// string-width no longer has the statement, so that the plugin is revisited, not silently moot.
import { readFile } from 'node:fs/promises';
import path from 'node:path';

const LAZY = `let __parslLintSegmenter, __parslLintRgiEmoji;
const __parslLintLazySegmenter = () => ({ segment: (text) => (__parslLintSegmenter ??= new Intl.Segmenter()).segment(text) });
const __parslLintLazyRgiEmoji = () => ({ test: (text) => (__parslLintRgiEmoji ??= new RegExp('^\\\\p{RGI_Emoji}$', 'v')).test(text) });
`;

export const lazyStartUp = {
  name: 'lazy-start-up',
  setup(build) {
    build.onLoad({ filter: /[\\/]node_modules[\\/]string-width[\\/]index\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      if (!source.includes('new Intl.Segmenter()')) throw new Error(`${path}: no "new Intl.Segmenter()" to defer: update scripts/lazy-start-up.mjs`);
      const contents = source.replace('new Intl.Segmenter()', '__parslLintLazySegmenter()').replace('/^\\p{RGI_Emoji}$/v', '__parslLintLazyRgiEmoji()');
      return { contents: LAZY + contents, loader: 'js' };
    });
  },
};

// chalk works out the colour level of its default instance when it is imported: supports-color
// imports node:process, node:os and node:tty and asks the terminal, ~15 ms of a one-file run.
// parsl-lint never uses that instance (every Chalk is made with the level the command decided:
// src/cli/main.ts useColor), so chalk gets its own level-free variant of supports-color, the one
// its package.json names for platforms other than Node. A build with chalk fails if chalk stops
// importing it by that name, so that the plugin is revisited.
export const chalkWithoutDetection = {
  name: 'chalk-without-detection',
  setup(build) {
    let chalk = false;
    let replaced = false;
    build.onLoad({ filter: /[\\/]node_modules[\\/]chalk[\\/]source[\\/]index\.js$/ }, () => {
      chalk = true;
      return undefined;
    });
    build.onResolve({ filter: /^#supports-color$/ }, ({ importer }) => {
      if (!/[\\/]node_modules[\\/]chalk[\\/]/.test(importer)) return undefined;
      replaced = true;
      return { path: path.join(path.dirname(importer), 'vendor', 'supports-color', 'browser.js') };
    });
    build.onEnd((result) => {
      if (result.errors.length === 0 && chalk && !replaced) throw new Error('chalk no longer imports #supports-color: update scripts/lazy-start-up.mjs');
    });
  },
};
