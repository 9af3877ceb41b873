import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);

// src/cli/errors.ts
var UsageError = class extends Error {
  name = "UsageError";
};

export {
  UsageError
};
