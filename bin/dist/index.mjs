import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  formatGitlab
} from "./chunk-F3FMDFYZ.mjs";
import {
  formatMarkdown
} from "./chunk-36PGG2SQ.mjs";
import {
  fixText
} from "./chunk-2KFAJFOI.mjs";
import {
  Chalk,
  RULES,
  SettingsFinder,
  formatCompact,
  formatGithub,
  formatStylish
} from "./chunk-MFPITWQL.mjs";
import {
  displayPath,
  looksLikeParslConfig,
  resolveFiles
} from "./chunk-6COYS2UR.mjs";
import {
  lintBytes,
  lintText,
  ruleNames
} from "./chunk-ZYH2XM75.mjs";
import "./chunk-L5WMFRBK.mjs";
import {
  SEVERITIES
} from "./chunk-QZA5WI5V.mjs";
import "./chunk-FZJTSNHP.mjs";
import "./chunk-2EZUSIHK.mjs";
import {
  resolveSlurmRelease,
  resolveTarget
} from "./chunk-ESK643ZF.mjs";
import "./chunk-VEXKXS5Y.mjs";
import "./chunk-PJW54T6R.mjs";
import {
  formatJson
} from "./chunk-IP5OSI36.mjs";
import {
  summarize
} from "./chunk-EEMRFL5V.mjs";
import {
  formatSarif
} from "./chunk-VPRY6SE4.mjs";
import {
  ruleDocsUrl
} from "./chunk-6VYAT3BE.mjs";
import "./chunk-O4YHJOK5.mjs";
import "./chunk-NGYD4W62.mjs";

// src/index.ts
import { readFile } from "node:fs/promises";
import path from "node:path";
var rules = RULES.map((rule) => ({ ...rule.meta, docs: ruleDocsUrl(rule.meta.id) }));
function formatStylish2(reports, options = {}) {
  return formatStylish(reports, new Chalk({ level: options.color ? 1 : 0 }));
}
function lintText2(text, options = {}) {
  const result = lintText(text, lintOptions(options));
  return { path: options.filePath ?? "<text>", source: result.source, diagnostics: result.diagnostics, suppressed: result.suppressed, syntaxError: result.syntaxError };
}
function applyFixes(text, options = {}) {
  const safety = options.unsafe ? "unsafe" : "safe";
  const outcome = fixText(text, lintOptions(options), safety);
  const { result } = outcome;
  return {
    output: outcome.text,
    applied: outcome.applied,
    report: { path: options.filePath ?? "<text>", source: result.source, diagnostics: result.diagnostics, suppressed: result.suppressed, syntaxError: result.syntaxError }
  };
}
async function lintFiles(paths, options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const finder = new SettingsFinder(commandOptions(paths, options), RULES, cwd);
  const reports = [];
  for (const input of await resolveFiles(paths, cwd)) {
    const settings = await finder.forFile(input.file);
    if (settings.excluded(input.file)) continue;
    const bytes = await readFile(input.file);
    const wanted = input.explicit || (settings.included ? settings.included(input.file) : looksLikeParslConfig(new TextDecoder().decode(bytes)));
    if (!wanted) continue;
    const result = lintBytes(bytes, settings.lintOptions);
    reports.push({ path: displayPath(input.file, cwd), source: result.source, diagnostics: result.diagnostics, suppressed: result.suppressed, syntaxError: result.syntaxError });
  }
  return reports;
}
function lintOptions(options) {
  return {
    rules: RULES,
    target: resolveTarget({ qiime2: options.qiime2, parsl: options.parsl }),
    settings: ruleSettings(options.rules),
    inlineConfig: options.inlineConfig ?? true,
    ...options.slurm !== void 0 && { slurmRelease: resolveSlurmRelease(options.slurm).release }
  };
}
function ruleSettings(settings = {}) {
  const names = ruleNames(RULES);
  return new Map(
    Object.entries(settings).map(([name, setting]) => {
      const id = names.get(name);
      if (id === void 0) throw new Error(`parsl-lint: unknown rule "${name}"`);
      if (setting !== "off" && !SEVERITIES.includes(setting)) throw new Error(`parsl-lint: rule ${name}: the setting must be off, info, warning or error, got "${String(setting)}"`);
      return [id, setting];
    })
  );
}
function commandOptions(paths, options) {
  return {
    inputs: paths.map((input) => path.normalize(input)),
    format: "json",
    outputFile: void 0,
    quiet: false,
    maxWarnings: -1,
    settings: ruleSettings(options.rules),
    stdinFilename: void 0,
    color: false,
    qiime2: options.qiime2,
    parsl: options.parsl,
    slurm: options.slurm,
    debug: false,
    fix: void 0,
    diff: false,
    config: options.config,
    inlineConfig: options.inlineConfig ?? true,
    printConfig: void 0,
    onlyParslConfigs: false,
    sbatchTest: false,
    warnIgnored: true,
    errorOnUnmatchedPattern: true
  };
}
export {
  applyFixes,
  formatCompact,
  formatGithub,
  formatGitlab,
  formatJson,
  formatMarkdown,
  formatSarif,
  formatStylish2 as formatStylish,
  lintFiles,
  lintText2 as lintText,
  rules,
  summarize
};
