// An esbuild plugin for start-up time: yargs' help layout (cliui, wrap-ansi) measures text with
// string-width, whose module top level builds an Intl.Segmenter and, in string-width 8, the
// /^\p{RGI_Emoji}$/v regular expression: together most of the top-level time of a run, paid on
// every lint although only --help and usage errors lay text out. This defers both to their first
// use; what string-width computes is unchanged, for any text. The build fails if a new
// string-width no longer has the statement, so that the plugin is revisited, not silently moot.
import { readFile } from 'node:fs/promises';

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
