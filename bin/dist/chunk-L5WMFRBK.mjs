import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);

// src/output/printable.ts
function printable(text) {
  return text.replace(UNPRINTABLE, (match) => {
    if (match === "::") return ":\\u003a";
    if (match === "##[") return "#\\u0023[";
    return NAMED.get(match) ?? `\\u${match.charCodeAt(0).toString(16).padStart(4, "0")}`;
  });
}
var UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]|::|##\[/g;
var NAMED = /* @__PURE__ */ new Map([
  ["\n", "\\n"],
  ["\r", "\\r"]
]);

export {
  printable
};
