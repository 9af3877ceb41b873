import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  formatGitlab
} from "./chunk-F3FMDFYZ.mjs";
import "./chunk-NGYD4W62.mjs";
export {
  formatGitlab
};
