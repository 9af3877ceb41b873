import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  lintText
} from "./chunk-ZYH2XM75.mjs";
import {
  parseDocument,
  targetDialect
} from "./chunk-ESK643ZF.mjs";

// src/fixes/apply.ts
function applyFixes(text, fixable) {
  const taken = [];
  const applied = [];
  for (const diagnostic of fixable) {
    const edits = sortedEdits(diagnostic);
    if (edits.some((edit) => taken.some((other) => overlap(edit, other)))) continue;
    taken.push(...edits);
    applied.push(diagnostic);
  }
  const lineEnding = lineEndingOf(text);
  const edited = applyEdits(text, taken.map((edit) => ({ ...edit, text: edit.text.replace(/\r?\n/g, lineEnding) })));
  return { text: keepFinalNewline(text, edited, lineEnding), applied };
}
function sortedEdits(diagnostic) {
  const edits = [...diagnostic.fix?.edits ?? []].sort((a, b) => a.start - b.start || a.end - b.end);
  for (let i = 1; i < edits.length; i++) {
    if (overlap(edits[i - 1], edits[i])) throw new Error(`rule ${diagnostic.rule} made a fix with overlapping edits`);
  }
  return edits;
}
function overlap(a, b) {
  const start = Math.max(a.start, b.start);
  const end = Math.min(a.end, b.end);
  return start < end || start === end && (a.start === a.end || b.start === b.end);
}
function applyEdits(text, edits) {
  let result = text;
  for (const edit of [...edits].sort((a, b) => b.start - a.start)) {
    result = result.slice(0, edit.start) + edit.text + result.slice(edit.end);
  }
  return result;
}
function lineEndingOf(text) {
  const newline = text.indexOf("\n");
  return newline > 0 && text[newline - 1] === "\r" ? "\r\n" : "\n";
}
function keepFinalNewline(original, edited, lineEnding) {
  const had = original.endsWith("\n");
  const has = edited.endsWith("\n");
  if (had && !has && edited !== "") return edited + lineEnding;
  if (!had && has) return edited.replace(/\r?\n$/, "");
  return edited;
}

// src/fixes/fix-text.ts
var MAX_PASSES = 10;
function fixText(text, options, safety) {
  const broken = /* @__PURE__ */ new Set();
  const wanted = (diagnostic) => diagnostic.fix !== void 0 && (safety === "unsafe" || diagnostic.fix.safety === "safe") && !broken.has(diagnostic.rule);
  let current = text;
  let result = lintText(text, options);
  let applied = 0;
  if (result.syntaxError) return { text, result, applied, broken: [], converged: true };
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const fixable = result.diagnostics.filter(wanted);
    if (fixable.length === 0) break;
    const next = applyFixes(current, fixable);
    const nextResult = lintText(next.text, options);
    if (nextResult.syntaxError) {
      broken.add(culprit(current, next.applied, targetDialect(options.target)));
      continue;
    }
    current = next.text;
    result = nextResult;
    applied += next.applied.length;
  }
  return { text: current, result, applied, broken: [...broken].sort(), converged: !result.diagnostics.some(wanted) };
}
function culprit(text, applied, dialect) {
  const breaking = applied.findIndex((_, index) => !parseDocument(applyFixes(text, applied.slice(0, index + 1)).text, dialect).ok);
  return applied[breaking].rule;
}

export {
  MAX_PASSES,
  fixText
};
