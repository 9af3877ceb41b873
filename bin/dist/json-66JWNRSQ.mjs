import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  formatJson
} from "./chunk-IP5OSI36.mjs";
import "./chunk-EEMRFL5V.mjs";
import "./chunk-NGYD4W62.mjs";
export {
  formatJson
};
