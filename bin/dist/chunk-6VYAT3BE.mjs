import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  packageFile
} from "./chunk-O4YHJOK5.mjs";

// src/engine/docs.ts
import { readFileSync } from "node:fs";
var repository;
function repositoryUrl() {
  if (repository === void 0) {
    const manifest = JSON.parse(readFileSync(packageFile("package.json"), "utf8"));
    const url = typeof manifest.repository === "string" ? manifest.repository : manifest.repository?.url;
    if (!url) throw new Error("package.json names no repository");
    repository = url.replace(/^git\+/, "").replace(/\.git$/, "");
  }
  return repository;
}
function ruleDocsUrl(id) {
  return `${repositoryUrl()}/blob/main/rules/${id}/README.md`;
}

export {
  repositoryUrl,
  ruleDocsUrl
};
