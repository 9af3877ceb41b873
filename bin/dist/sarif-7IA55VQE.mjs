import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  formatSarif
} from "./chunk-VPRY6SE4.mjs";
import "./chunk-6VYAT3BE.mjs";
import "./chunk-O4YHJOK5.mjs";
import "./chunk-NGYD4W62.mjs";
export {
  formatSarif
};
