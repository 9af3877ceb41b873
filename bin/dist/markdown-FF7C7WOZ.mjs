import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  formatMarkdown
} from "./chunk-36PGG2SQ.mjs";
import "./chunk-L5WMFRBK.mjs";
import "./chunk-EEMRFL5V.mjs";
import "./chunk-NGYD4W62.mjs";
export {
  formatMarkdown
};
