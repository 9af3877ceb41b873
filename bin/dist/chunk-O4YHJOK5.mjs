import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);

// src/package-files.ts
import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
var root;
function packageFile(relative) {
  root ??= findRoot(path.dirname(fileURLToPath(import.meta.url)));
  return path.join(root, relative);
}
function findRoot(start) {
  for (let dir = start; ; dir = path.dirname(dir)) {
    if (existsSync(path.join(dir, "package.json"))) return dir;
    if (path.dirname(dir) === dir) throw new Error(`parsl-lint's package.json not found above ${start}`);
  }
}

export {
  packageFile
};
