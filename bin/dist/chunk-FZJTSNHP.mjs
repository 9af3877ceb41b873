import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  scalarText
} from "./chunk-2EZUSIHK.mjs";
import {
  directiveText
} from "./chunk-ESK643ZF.mjs";

// src/site/slurm-request.ts
var SETTINGS = ["partition", "time", "mem", "mem-per-cpu", "cpus-per-task", "nodes", "account", "qos"];
function slurmRequest(job) {
  if (!job.reading.slurm) return void 0;
  const request = {};
  for (const setting of SETTINGS) {
    const value = requestedValue(job, setting);
    if (value) request[setting] = value;
  }
  return request;
}
function requestedValue(job, setting) {
  const directive = job.reading.slurm?.effective.get(setting);
  const table = job.provider.table;
  if (!table || !directive?.value) return void 0;
  const line = job.lineOf(directive.line);
  const text = directive.value.text;
  if (line.source === "scheduler_options" || line.source === "worker_init") {
    const at = job.sourceSpan(directive.value.span) ?? job.entry(line.source)?.value.span;
    return at && { text, at, written: `"${directiveText(directive)}" in ${line.source}` };
  }
  if (!line.field) return void 0;
  const entry = job.entry(line.field);
  return entry ? { text, at: entry.value.span, written: `${line.field} = ${shown(entry.value)}` } : { text, at: table.span, written: `${line.field} (parsl's default, "--${setting}=${text}")` };
}
function slurmScript(job) {
  return job.reading.slurm ? job.script.text : void 0;
}
function shown(node) {
  return node.kind === "scalar" ? scalarText(node) : "\u2026";
}

export {
  slurmRequest,
  requestedValue,
  slurmScript
};
