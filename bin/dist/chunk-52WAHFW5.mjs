import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  UsageError
} from "./chunk-VEXKXS5Y.mjs";

// src/cli/write-new-file.ts
import { writeFile } from "node:fs/promises";
async function writeNewFile(file, text, force, shown) {
  try {
    await writeFile(file, text, { flag: force ? "w" : "wx" });
  } catch (error) {
    const code = error.code;
    if (code === "EEXIST") throw new UsageError(`${shown} exists; use --force to overwrite it`);
    throw new UsageError(`cannot write ${shown}: ${code ?? error.message}`);
  }
}

export {
  writeNewFile
};
