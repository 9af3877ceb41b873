/**
 * Compile-time checks of defineRule (no test runs here: `tsc` fails when a line marked
 * @ts-expect-error compiles). A rule whose metadata declares no fix cannot report one, and one
 * that declares only unsafe fixes cannot report a safe one.
 */
import { defineRule } from '../../src/engine/rule.js';

const fix = { description: 'd', edits: [] };

export const declaresNone = defineRule({
  meta: { id: 'declares-none', severity: 'error', description: 'x', fix: 'none' },
  create: (context) => ({
    config(config) {
      // @ts-expect-error: a rule that declares `fix: 'none'` returns a fix
      context.report({ at: config.document.root, message: 'x', fix: { ...fix, safety: 'safe' } });
    },
  }),
});

export const declaresUnsafe = defineRule({
  meta: { id: 'declares-unsafe', severity: 'error', description: 'x', fix: 'unsafe' },
  create: (context) => ({
    config(config) {
      // @ts-expect-error: a rule that declares `fix: 'unsafe'` returns a safe fix
      context.report({ at: config.document.root, message: 'x', fix: { ...fix, safety: 'safe' } });
      context.report({ at: config.document.root, message: 'x', fix: { ...fix, safety: 'unsafe' } });
    },
  }),
});
