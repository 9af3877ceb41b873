import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  Chalk,
  RULES,
  SettingsFinder,
  baseClassGroup,
  describeSettings,
  formatCompact,
  formatGithub,
  formatStylishFile,
  formatStylishSummary
} from "./chunk-MFPITWQL.mjs";
import {
  ConfigError,
  displayPath,
  looksLikeParslConfig,
  readProblem,
  readRegularFile,
  resolveFiles
} from "./chunk-6COYS2UR.mjs";
import {
  TEST_EXECUTOR,
  lintBytes,
  ruleNames
} from "./chunk-ZYH2XM75.mjs";
import {
  printable
} from "./chunk-L5WMFRBK.mjs";
import {
  SEVERITIES
} from "./chunk-QZA5WI5V.mjs";
import "./chunk-FZJTSNHP.mjs";
import {
  entrySpan,
  scalarText,
  writtenExecutorLabel
} from "./chunk-2EZUSIHK.mjs";
import {
  MODULE_GROUPS,
  OBJECT_KEYS,
  STRATEGIES,
  closestMatch,
  describeSubstitution,
  describeTarget,
  moduleImportError,
  parseAnnotation,
  parslCatalog,
  pythonDefault,
  resolveTarget
} from "./chunk-ESK643ZF.mjs";
import {
  UsageError
} from "./chunk-VEXKXS5Y.mjs";
import "./chunk-PJW54T6R.mjs";
import {
  ReportTally
} from "./chunk-EEMRFL5V.mjs";
import {
  repositoryUrl,
  ruleDocsUrl
} from "./chunk-6VYAT3BE.mjs";
import {
  packageFile
} from "./chunk-O4YHJOK5.mjs";
import "./chunk-NGYD4W62.mjs";

// src/cli/main.ts
import path3 from "node:path";

// src/output/explain.ts
function explainJobs(report) {
  return (report.jobs ?? []).map((job) => {
    const extent = objectExtent(job.provider);
    return {
      executor: writtenExecutorLabel(job.provider),
      provider: job.provider.className,
      scheduler: job.scheduler.name,
      submitCommand: job.scheduler.submitCommand,
      lines: job.script.lines.map((line) => ({ text: line.text, origin: origin(line, job), ...noteOn(line, job) })),
      plan: job.plan,
      errors: report.diagnostics.filter((d) => d.severity === "error" && extent.start <= d.span.start && d.span.start < extent.end)
    };
  });
}
function formatExplain(reports, chalk) {
  const blocks = [];
  for (const report of reports) {
    const jobs = explainJobs(report);
    if (jobs.length === 0) {
      blocks.push(`${printable(report.path)}: no batch-scheduler provider (Slurm, PBS Pro, Torque, LSF, Grid Engine) to explain`);
      continue;
    }
    for (const job of jobs) blocks.push(formatJob(report.path, job, chalk));
  }
  return blocks.length > 0 ? `${blocks.join("\n\n")}
` : "";
}
function formatExplainJson(reports) {
  const files = reports.map((report) => ({
    path: report.path,
    jobs: explainJobs(report).map((job) => ({
      ...job,
      errors: job.errors.map((d) => ({ rule: d.rule, message: d.message, line: d.start.line, column: d.start.column }))
    }))
  }));
  return `${JSON.stringify({ version: 1, files }, null, 2)}
`;
}
function formatJob(path4, job, chalk) {
  const executor = job.executor === void 0 ? "an executor" : `executor "${printable(job.executor)}"`;
  const title = chalk.bold(`${printable(path4)}: ${executor} \u2192 ${job.provider}: the script parsl writes for each block (${job.submitCommand} reads it)`);
  const width = Math.min(60, Math.max(...job.lines.map((line) => printable(line.text).length)));
  const body = job.lines.map((line) => {
    const note = line.note ? chalk.red(`  (${line.note})`) : "";
    return `  ${printable(line.text).padEnd(width)}  ${chalk.dim(line.origin ? `\u2190 ${printable(line.origin)}` : "")}${note}`.trimEnd();
  });
  const errors = job.errors.length > 0 ? [
    chalk.red(`  errors in this provider: the job fails, or does not get what the config asks for (the script above is what parsl would write once they are fixed):`),
    ...job.errors.map((error) => chalk.red(`  \u2716 line ${error.start.line}: ${printable(error.message)} (${error.rule})`))
  ] : [];
  return [title, ...body, ...describePlan(job.plan), ...errors].join("\n");
}
function describePlan(plan) {
  const nodes = plan.nodesPerBlock;
  const perBlock = [
    nodes === void 0 ? void 0 : plural(nodes, "node"),
    plan.coresPerNode === void 0 ? "the scheduler\u2019s default cores" : `${plural(plan.coresPerNode, "core")} per node`,
    plan.memoryPerNodeGB === void 0 ? void 0 : `${plan.memoryPerNodeGB} GB per node`,
    plan.walltimeMinutes === void 0 ? void 0 : `walltime ${hours(plan.walltimeMinutes)}`,
    plan.workersPerNode === void 0 ? void 0 : `${plural(plan.workersPerNode, "worker")} per node`
  ].filter(Boolean);
  const lines = [`  each block: ${perBlock.join(", ")}`];
  if (plan.maxBlocks !== void 0 && nodes !== void 0) {
    const total = [
      plural(plan.maxBlocks * nodes, "node"),
      ...plan.coresPerNode === void 0 ? [] : [plural(plan.maxBlocks * nodes * plan.coresPerNode, "core")],
      ...plan.memoryPerNodeGB === void 0 ? [] : [`${count(plan.maxBlocks * nodes * plan.memoryPerNodeGB)} GB`]
    ];
    const coreHours = plan.maxCoreHours === void 0 ? "" : `; at most ${plural(plan.maxCoreHours, "core-hour")} (${plural(plan.maxBlocks, "block")} \xD7 ${plural(nodes * plan.coresPerNode, "core")} \xD7 ${hours(plan.walltimeMinutes)})`;
    lines.push(`  at max_blocks = ${plan.maxBlocks}: ${total.join(", ")}${coreHours}`);
  }
  if (plan.workers) {
    lines.push(`  then on each block: ${plan.workers.perNode} (${plan.workers.launcher})`, `    ${printable(plan.workers.command.replace(/ {2,}/g, " ").trim())}`);
  }
  return lines;
}
function hours(minutes) {
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
}
function count(value) {
  return Number.isInteger(value) ? value.toLocaleString("en-US") : value.toFixed(1);
}
function plural(value, unit) {
  return `${count(value)} ${unit}${value === 1 ? "" : "s"}`;
}
function origin(line, job) {
  if (line.source === "scheduler_options" || line.source === "worker_init") return line.source;
  if (line.text.trim() === "") return "";
  if (!line.field) return "parsl";
  const entry = job.entry(line.field);
  return entry ? `${line.field} = ${shown(entry.value)}` : `${line.field} (default)`;
}
function noteOn(line, job) {
  const { reading, scheduler } = job;
  const command = scheduler.submitCommand;
  if (reading.lines[line.index]?.kind === "ignored-directive") return { note: `${command} ignores it: after the header` };
  if (line.index === reading.headerEnd && line.source === "scheduler_options") return { note: `not a directive: ${command} stops reading the header here` };
  const ignored2 = reading.ignored.find((found) => found.line === line.index && found.kind !== "translated-directive");
  if (ignored2?.kind === "lookalike-directive") return { note: `${command} reads it as a comment` };
  if (ignored2?.kind === "missing-prefix") return { note: `not a directive: it runs as a command` };
  if (ignored2) return { note: `${command} ignores part of it` };
  const lost = reading.overrides.find((override) => override.lost.line === line.index);
  if (lost) return { note: `overridden: ${command} keeps ${lost.kept.text}` };
  return {};
}
function shown(node) {
  return node.kind === "scalar" ? scalarText(node) : node.kind;
}
function objectExtent(object) {
  const ends = [...object.table?.entries.values() ?? []].map((entry) => entrySpan(entry).end);
  return { start: object.node.span.start, end: Math.max(object.node.span.end, ...ends) };
}

// src/cli/fix-summary.ts
function fixSummary(tally, fix, diff) {
  const safe = tally.safeFixes;
  const unsafe = fix === "unsafe" ? 0 : tally.unsafeFixes;
  if (fix) {
    const applied = tally.fixesApplied;
    return `${applied} ${applied === 1 ? "fix" : "fixes"} ${diff ? "to apply" : "applied"}${unsafe > 0 ? `, ${unsafe} more with --unsafe-fixes` : ""}`;
  }
  const hidden = unsafe > 0 ? `${unsafe} hidden ${unsafe === 1 ? "fix" : "fixes"} can be applied with --fix --unsafe-fixes` : "";
  if (safe > 0) return `[*] ${safe} fixable with --fix${hidden ? ` (${hidden})` : ""}`;
  return hidden ? `No fixes available (${hidden})` : "";
}
function notFixable(shown2) {
  return `${printable(shown2)} is not valid TOML, so nothing in it can be fixed: fixes are made from the parsed file; correct the syntax error first`;
}

// src/cli/ignored-file.ts
function ignoredFileWarning(shown2, configFile, cwd) {
  const config = configFile === void 0 ? "the config" : displayPath(configFile, cwd);
  return `${printable(shown2)} was not linted: it matches \`exclude\` in ${printable(config)}. Remove it from \`exclude\` (or use --no-config) to lint it, or use --no-warn-ignored to suppress this warning`;
}

// src/schema/json-schema.ts
function schemaText(target) {
  return `${JSON.stringify(buildSchema(target), null, 2)}
`;
}
function buildSchema(target) {
  const catalog = parslCatalog(target.parsl);
  const definitions = { parsl: parslTable(target, catalog.config) };
  for (const group of MODULE_GROUPS) {
    const classes = buildableClasses(target, group);
    definitions[group] = slot(target, group, [...classes.keys()]);
    for (const [name, spec] of classes) definitions[classKey(group, name)] = classTable(name, spec);
  }
  return {
    $schema: "http://json-schema.org/draft-07/schema#",
    title: `QIIME 2 parallel (parsl) config for ${describeTarget(target)}`,
    description: "Generated by `parsl-lint schema` from its catalog of parsl constructors. QIIME 2 reads only [parsl].",
    type: "object",
    required: ["parsl"],
    properties: { parsl: { $ref: "#/definitions/parsl" } },
    // Written out where other keys are fine: tombi's strict mode takes a missing one as false.
    additionalProperties: true,
    definitions
  };
}
function parslTable(target, config) {
  const properties = {};
  for (const param of config.params.values()) properties[param.name] = parameter(config, param);
  properties["strategy"] = { ...properties["strategy"], pattern: `^(?:[Nn][Oo][Nn][Ee]|${STRATEGIES.filter((name) => name !== "none").join("|")})$`, examples: STRATEGIES };
  properties["executor_mapping"] = executorMapping(target);
  return { type: "object", description: "The keyword arguments of parsl.Config, and the executor mapping.", properties, additionalProperties: false };
}
var ID = { pattern: "^[^-]*$" };
function executorMapping(target) {
  const actions = { type: "object", propertyNames: ID, additionalProperties: { type: "string" } };
  switch (target.qiime2?.executorMapping) {
    case "flat":
      return { ...actions, description: `action = "label" pairs (QIIME 2 ${target.qiime2.version})` };
    case "per-plugin":
      return { type: "object", description: `[executor_mapping.<plugin_id>] tables of action = "label" pairs (QIIME 2 ${target.qiime2.version})`, propertyNames: ID, additionalProperties: actions };
    default:
      return { type: "object", additionalProperties: true };
  }
}
function buildableClasses(target, group) {
  if (moduleImportError(target, group)) return /* @__PURE__ */ new Map();
  const catalog = parslCatalog(target.parsl);
  const classes = new Map(catalog.classes(group).filter((spec) => !spec.abstract).map((spec) => [spec.name, spec]));
  if (group === "executors") classes.set(TEST_EXECUTOR, catalog.lookup("executors", "ThreadPoolExecutor"));
  return classes;
}
function slot(target, group, names) {
  const className = names.length > 0 ? { enum: names, description: `A class of parsl.${group}` } : { not: {}, description: moduleImportError(target, group) ?? `parsl ${target.parsl} has no class in parsl.${group} that QIIME 2 can build` };
  return {
    type: "object",
    required: ["class"],
    properties: { class: className },
    additionalProperties: true,
    ...names.length > 0 && {
      discriminator: { propertyName: "class" },
      oneOf: names.map((name) => ({ $ref: `#/definitions/${classKey(group, name)}` }))
    }
  };
}
function classKey(group, name) {
  return `${group}.${name}`;
}
function classTable(name, spec) {
  const properties = { class: { enum: [name] } };
  for (const param of spec.params.values()) properties[param.name] = parameter(spec, param);
  const required = [...spec.params.values()].filter((param) => param.required).map((param) => param.name);
  return {
    title: name,
    description: `${name}(${[...spec.params.keys()].join(", ")})`,
    type: "object",
    properties,
    ...required.length > 0 && { required },
    additionalProperties: false
  };
}
function parameter(spec, param) {
  const description = `${spec.name}(${param.name}: ${param.type ?? "no annotation"}${param.default === null ? "" : ` = ${param.default}`})`;
  const type = parseAnnotation(param.type);
  const group = OBJECT_KEYS.get(param.name);
  if (group) return { description, ...objects(group, type, param.name) };
  const value = spec.typechecked ? valueSchema(type) : {};
  const fallback = pythonDefault(param);
  return {
    ...value,
    description: value["description"] === void 0 ? description : `${description} takes ${value["description"]}`,
    ...fallback !== void 0 && fallback !== null && { default: fallback }
  };
}
function objects(group, type, key) {
  const one = { $ref: `#/definitions/${group}` };
  const many = type.kind === "any" ? key.endsWith("s") : takesList(type);
  return many ? { type: "array", items: one } : one;
}
function takesList(type) {
  return type.kind === "list" || type.kind === "sequence" || type.kind === "union" && type.members.some(takesList);
}
function valueSchema(type) {
  switch (type.kind) {
    case "any":
      return {};
    case "int":
      return { type: "integer" };
    case "float":
      return { type: "number" };
    case "bool":
      return { type: "boolean" };
    case "str":
      return { type: "string" };
    case "literal":
      return { enum: type.values };
    case "union":
      return union(type.members);
    case "list":
      return { type: "array", items: valueSchema(type.item) };
    case "sequence":
      return type.item.kind === "str" ? { type: ["array", "string"], items: { type: "string" } } : { type: "array", items: valueSchema(type.item) };
    case "dict":
      return { type: "object", additionalProperties: valueSchema(type.value) };
    default:
      return { not: {}, description: `${unwritable(type)}: no TOML value passes` };
  }
}
function unwritable(type) {
  if (type.kind === "none") return "None, which TOML cannot write";
  if (type.kind === "tuple") return "a Python tuple, and QIIME 2 passes a TOML array as a list";
  if (type.kind === "callable") return "a Python function";
  if (type.kind === "class") return `a ${type.name} object${baseClassGroup(type.name) ? "" : ", which QIIME 2 cannot build from TOML"}`;
  return void 0;
}
function union(members) {
  const writable = members.filter((member) => unwritable(member) === void 0);
  if (writable.length === 0) return valueSchema(members.find((member) => member.kind !== "none") ?? members[0]);
  const schemas = writable.map(valueSchema);
  if (schemas.length === 1 || schemas.some((schema) => Object.keys(schema).length === 0)) return schemas.length === 1 ? schemas[0] : {};
  if (schemas.every((schema) => Array.isArray(schema["enum"]))) return { enum: schemas.flatMap((schema) => schema["enum"]) };
  const plain = schemas.every((schema) => Object.keys(schema).every((keyword) => keyword === "type" || keyword === "items"));
  if (plain && schemas.filter((schema) => "items" in schema).length <= 1) {
    const types = [...new Set(schemas.flatMap((schema) => schema["type"]))];
    const items = schemas.find((schema) => "items" in schema)?.["items"];
    return { type: types, ...items !== void 0 && { items } };
  }
  return { anyOf: schemas };
}

// src/cli/info-commands.ts
function printSchema(qiime2, parsl) {
  let target;
  try {
    target = resolveTarget({ qiime2, parsl });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const note = describeSubstitution(target);
  if (note !== void 0) process.stderr.write(`parsl-lint: ${note}
`);
  process.stdout.write(schemaText(target));
}
function printRules(rules, format) {
  if (format === "json") {
    const list = rules.map(({ meta }) => ({ id: meta.id, aliases: meta.aliases ?? [], severity: meta.severity, fix: meta.fix, description: meta.description, docs: ruleDocsUrl(meta.id) }));
    process.stdout.write(`${JSON.stringify({ version: 1, rules: list }, null, 2)}
`);
    return;
  }
  const width = Math.max(...rules.map((rule) => rule.meta.id.length));
  for (const { meta } of rules) {
    const formerly = meta.aliases?.length ? ` (formerly ${meta.aliases.join(", ")}, which still work)` : "";
    process.stdout.write(`${meta.id.padEnd(width)}  ${meta.severity.padEnd(7)}  ${`fix: ${meta.fix}`.padEnd(11)}  ${meta.description}${formerly}
`);
  }
}

// src/cli/report.ts
import { closeSync, mkdirSync, openSync, writeSync } from "node:fs";
import path from "node:path";

// src/cli/version.ts
import { readFileSync } from "node:fs";
function packageVersion() {
  const manifest = JSON.parse(readFileSync(packageFile("package.json"), "utf8"));
  return manifest.version;
}

// src/cli/report.ts
function writtenWhole(format) {
  return format !== "stylish" && format !== "compact" && format !== "github";
}
function reportPart(report, options, chalk) {
  switch (options.format) {
    case "stylish":
      return formatStylishFile(report, chalk, { fixing: options.fix !== void 0 });
    case "compact":
      return formatCompact([report]);
    case "github":
      return formatGithub([report]);
    default:
      return "";
  }
}
async function reportEnd(outcomes, tally, options, chalk) {
  switch (options.format) {
    case "json":
      return (await import("./json-66JWNRSQ.mjs")).formatJson(outcomes);
    case "sarif": {
      const rules = RULES.map((rule) => rule.meta);
      return (await import("./sarif-7IA55VQE.mjs")).formatSarif(outcomes, { version: packageVersion(), informationUri: repositoryUrl(), rules });
    }
    case "gitlab":
      return (await import("./gitlab-YFWDWWD7.mjs")).formatGitlab(outcomes);
    case "markdown":
      return (await import("./markdown-FF7C7WOZ.mjs")).formatMarkdown(outcomes);
    case "compact":
    case "github":
      return "";
    case "stylish": {
      if (tally.files === 0 && options.onlyParslConfigs) return "no parsl config among the files given (--only-parsl-configs)\n";
      const fixes = fixSummary(tally, options.fix, options.diff);
      return formatStylishSummary(tally, chalk) + (fixes ? `${chalk.dim(fixes)}
` : "");
    }
  }
}
var ReportSink = class {
  constructor(to) {
    this.to = to;
  }
  pending = [];
  pendingLength = 0;
  fd;
  write(text) {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 64 * 1024) this.flush();
  }
  /** Writes what is left; an --output-file is written (empty) even when the report is. */
  close() {
    this.flush();
    if ("file" in this.to) this.inFile(this.to.file, (fd) => closeSync(fd));
  }
  flush() {
    const text = this.pending.join("");
    this.pending = [];
    this.pendingLength = 0;
    if (text === "") return;
    if ("stream" in this.to) this.to.stream.write(text);
    else this.inFile(this.to.file, (fd) => writeAll(fd, Buffer.from(text)));
  }
  inFile(file, use) {
    try {
      if (this.fd === void 0) {
        mkdirSync(path.dirname(file), { recursive: true });
        this.fd = openSync(file, "w");
      }
      use(this.fd);
    } catch (error) {
      throw new UsageError(`cannot write the report to ${file}: ${error.code ?? error.message}`);
    }
  }
};
function writeAll(fd, bytes) {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
}

// src/cli/rule-page.ts
import { readFileSync as readFileSync2 } from "node:fs";
function printRulePage(name, rules) {
  const names = ruleNames(rules);
  const id = names.get(name);
  if (id === void 0) {
    const guess = closestMatch(name, [...names.keys()]);
    throw new UsageError(`unknown rule "${name}"${guess ? `; did you mean "${guess}"?` : ""} (parsl-lint rules lists them)`);
  }
  const page = readFileSync2(packageFile(`rules/${id}/README.md`), "utf8");
  process.stdout.write(`${page.trimEnd()}

Online: ${ruleDocsUrl(id)}
`);
}

// src/cli/which.ts
import { existsSync } from "node:fs";
import { homedir } from "node:os";

// src/model/config-discovery.ts
import path2 from "node:path";
var FILE_NAME = "qiime2_config.toml";
function discoverQiime2Config({ env, platform, home, exists }) {
  const join = platform === "win32" ? path2.win32.join : path2.posix.join;
  const userFile = join(userConfigDir(env, platform, home), FILE_NAME);
  const siteFile = join(siteConfigDir(env, platform, home), FILE_NAME);
  const condaPrefix = env["CONDA_PREFIX"] ?? "";
  const condaFile = condaPrefix === "" ? void 0 : join(condaPrefix, "etc", FILE_NAME);
  const places = [
    ["QIIMETEST", void 0],
    ["$QIIME2_CONFIG", env["QIIME2_CONFIG"] || void 0],
    ["user config dir", userFile],
    ["site config dir", siteFile],
    ["$CONDA_PREFIX/etc", condaFile]
  ];
  const outcomes = [];
  const decide = (file, reason) => ({
    file,
    reason,
    steps: places.map(([place, candidate], index) => ({ place, file: candidate, outcome: outcomes[index] }))
  });
  if (env["QIIMETEST"] !== void 0) {
    outcomes.push("set: QIIME 2 uses its built-in test config");
    return decide(void 0, "QIIMETEST is set, so QIIME 2 reads no file and uses its built-in test config");
  }
  outcomes.push("not set");
  const variable = env["QIIME2_CONFIG"];
  if (variable !== void 0) {
    if (variable === "") {
      outcomes.push('set but empty: QIIME 2 2024.10 and later use the built-in config (2023.7 \u2013 2024.5 fail to open "")');
      return decide(void 0, "QIIME2_CONFIG is set but empty, so QIIME 2 uses its built-in config");
    }
    outcomes.push(exists(variable) ? "set: used, without looking further" : "set, but no such file: QIIME 2 fails with FileNotFoundError");
    return decide(variable, `QIIME2_CONFIG names it${exists(variable) ? "" : ", although it does not exist"}`);
  }
  outcomes.push("not set");
  for (const [file, place] of [[userFile, "user config dir"], [siteFile, "site config dir"]]) {
    if (exists(file)) {
      outcomes.push("exists: used");
      return decide(file, `it is the first that exists: QIIME2_CONFIG is not set, and this is in the ${place}`);
    }
    outcomes.push("no such file");
  }
  if (condaFile === void 0) {
    outcomes.push("CONDA_PREFIX is not set");
    return decide(void 0, "no config file exists and no conda environment is active, so QIIME 2 uses its built-in config");
  }
  if (exists(condaFile)) {
    outcomes.push("exists: used");
    return decide(condaFile, "it is the conda environment's config, and no user or site config exists");
  }
  outcomes.push("no such file: QIIME 2 writes its built-in config here and uses it");
  return decide(condaFile, "no config file exists, so QIIME 2 will write its built-in config to the conda environment and use it");
}
function userConfigDir(env, platform, home) {
  if (platform === "darwin") return path2.posix.join(home, "Library", "Application Support", "qiime2");
  if (platform === "win32") return path2.win32.join(env["LOCALAPPDATA"] ?? path2.win32.join(home, "AppData", "Local"), "qiime2", "qiime2");
  return path2.posix.join(env["XDG_CONFIG_HOME"] ?? path2.posix.join(home, ".config"), "qiime2");
}
function siteConfigDir(env, platform, home) {
  if (platform === "darwin") return "/Library/Application Support/qiime2";
  if (platform === "win32") return path2.win32.join(env["ProgramData"] ?? "C:\\ProgramData", "qiime2", "qiime2");
  const first = (env["XDG_CONFIG_DIRS"] ?? "/etc/xdg").split(":")[0].replace(/\/+$/, "");
  return path2.posix.join(first.replace(/^~(?=\/|$)/, home), "qiime2");
}

// src/cli/which.ts
function printWhich(format) {
  const discovery = discoverQiime2Config({ env: process.env, platform: process.platform, home: homedir(), exists: existsSync });
  if (format === "json") {
    process.stdout.write(`${JSON.stringify({ version: 1, file: discovery.file ?? null, reason: discovery.reason, steps: discovery.steps.map((step) => ({ ...step, file: step.file ?? null, outcome: step.outcome ?? null })) }, null, 2)}
`);
    return;
  }
  const lines = [discovery.file ?? "(no file: QIIME 2 uses a built-in config)", `  why: ${discovery.reason}`, "  QIIME 2 looks, in order, at:"];
  discovery.steps.forEach((step, index) => {
    lines.push(`  ${index}. ${step.place}${step.file ? ` ${step.file}` : ""}: ${step.outcome ?? "not reached"}`);
  });
  process.stdout.write(`${lines.join("\n")}
`);
}

// src/cli/site-options.ts
var INIT_FLAGS = ["scheduler", "workers", "cpus", "mem", "walltime", "env", "partition", "account"];
var SITE_OPTIONS = {
  "sbatch-test": { type: "boolean", default: false, describe: "Also run the real `sbatch --test-only` on each Slurm provider's script (never submits; needs sbatch here)" },
  output: { type: "string", describe: "cluster-profile, init: write to this file instead of stdout" },
  force: { type: "boolean", default: false, describe: "cluster-profile, init: overwrite the --output file" },
  scheduler: { type: "string", describe: "init: the batch scheduler (slurm)" },
  workers: { type: "string", describe: "init: how many jobs (blocks) may run at once" },
  cpus: { type: "string", describe: "init: CPUs per job" },
  mem: { type: "string", describe: "init: memory per job (96GB, 96G, 512MB, 1TB)" },
  walltime: { type: "string", describe: "init: time limit per job (24h, 2d, 90m, 1-12:00:00, 24:00:00)" },
  env: { type: "string", describe: "init: the conda environment the workers activate" },
  partition: { type: "string", describe: "init: the Slurm partition (default: the cluster's default)" },
  account: { type: "string", describe: "init: the Slurm account to charge" }
};
function checkSiteFlags(subcommand, argv) {
  const misplaced = (names, owner) => {
    const used = names.find((name) => argv[name] !== void 0 && argv[name] !== false);
    if (used) throw new UsageError(`--${used} is an option of ${owner}`);
  };
  if (subcommand !== "init") misplaced(INIT_FLAGS, "`parsl-lint init`");
  if (subcommand !== "init" && subcommand !== "cluster-profile") misplaced(["output", "force"], "`parsl-lint init` and `parsl-lint cluster-profile`");
  if (subcommand !== void 0) misplaced(["sbatch-test"], "linting (`parsl-lint --sbatch-test FILE`)");
}
function clusterProfileRequest(argv, files) {
  return { files, output: nonEmpty(argv, "output"), force: argv["force"] === true };
}
function initFlags(argv) {
  const flags = {};
  for (const name of INIT_FLAGS) {
    const value = nonEmpty(argv, name);
    if (value !== void 0) flags[name] = value;
  }
  return { ...flags, output: nonEmpty(argv, "output"), force: argv["force"] === true, qiime2: nonEmpty(argv, "qiime2") };
}
function nonEmpty(argv, name) {
  const value = argv[name];
  if (value === void 0) return void 0;
  const last = Array.isArray(value) ? value[value.length - 1] : value;
  if (typeof last !== "string" || last.trim() === "") throw new UsageError(`--${name} needs a value`);
  return last.trim();
}

// src/cli/options.ts
var FORMATS = ["stylish", "json", "github", "sarif", "gitlab", "compact", "markdown"];
var SUBCOMMANDS = /* @__PURE__ */ new Set(["schema", "rules", "explain", "rule", "which", "cluster-profile", "init"]);
var OPTIONS = {
  format: { alias: "f", choices: FORMATS, describe: "Output format: stylish, json, github (annotations; the default when GITHUB_ACTIONS=true), sarif (2.1.0), gitlab (Code Quality), compact (path:line:col: severity: message [rule]), markdown (a table)" },
  "output-file": { alias: "o", type: "string", describe: "Write the report to this file instead of stdout" },
  quiet: { type: "boolean", default: false, describe: "Report errors only (warnings still count for --max-warnings)" },
  "max-warnings": { type: "number", default: -1, describe: "Fail (exit 1) when there are more warnings than this" },
  // One value per flag (not `array`, which would take the paths after it too); repeated, yargs collects them.
  rule: { type: "string", describe: "Set a rule's severity: NAME=off|info|warning|error (repeatable: --rule a=off --rule b=error)" },
  "stdin-filename": { type: "string", describe: "The name to report for a file read from stdin (-)" },
  color: { type: "boolean", describe: "Force colour on (--color) or off (--no-color); default: on for a terminal, honouring NO_COLOR and FORCE_COLOR" },
  qiime2: { type: "string", describe: "Judge against this QIIME 2 release (default: the newest)" },
  parsl: { type: "string", describe: "Judge against this parsl release (for plain parsl users)" },
  slurm: { type: "string", describe: "Judge sbatch options for this Slurm release, as `sbatch --version` prints it (default: every release from 22.05 to 25.11)" },
  fix: { type: "boolean", default: false, describe: "Apply the safe fixes to the files (for stdin -: print the fixed document)" },
  "unsafe-fixes": { type: "boolean", default: false, describe: "With --fix or --diff: apply the unsafe fixes too" },
  diff: { type: "boolean", default: false, describe: "Print the fixes as a unified diff and write nothing; exit 1 if there is any" },
  config: { type: "string", describe: "Use this config file for every file (--no-config: use none); default: the closest parsl-lint.toml, .parsl-lint.toml or pyproject.toml [tool.parsl-lint]" },
  "inline-config": { type: "boolean", default: true, describe: "Honour # parsl-lint-disable comments (--no-inline-config ignores them)" },
  "print-config": { type: "string", describe: "Print the settings that apply to this file and the config file they come from" },
  "warn-ignored": { type: "boolean", default: true, describe: "Warn about a file named on the command line that exclude leaves out (--no-warn-ignored: don't); the warning counts for --max-warnings" },
  "error-on-unmatched-pattern": { type: "boolean", default: true, describe: "A path that does not exist, a glob that matches nothing or no parsl config found is an error (--no-error-on-unmatched-pattern: lint what is found)" },
  "only-parsl-configs": { type: "boolean", default: false, describe: "Lint a named file only if a directory walk would (it has a parsl table, or matches include); none left is not an error. For pre-commit" },
  ...SITE_OPTIONS,
  debug: { type: "boolean", default: false, describe: "Print stack traces of internal errors" }
};
async function parseCommandLine(argv, ruleIds, version) {
  const parsed = parsePlainCommandLine(argv) ?? await parseWithYargs(argv, version);
  if (typeof parsed === "string") return { kind: "exit", output: parsed };
  return interpret(parsed, ruleIds);
}
function parsePlainCommandLine(argv) {
  const parsed = {};
  for (const [name, option] of Object.entries(OPTIONS)) if ("default" in option) parsed[name] = option.default;
  const positionals = [];
  const seen = /* @__PURE__ */ new Set();
  for (const arg of argv) {
    if (!arg.startsWith("-")) {
      positionals.push(arg);
      continue;
    }
    const negated = arg.startsWith("--no-");
    const name = arg.slice(negated ? 5 : 2);
    const option = Object.hasOwn(OPTIONS, name) ? OPTIONS[name] : void 0;
    if (!arg.startsWith("--") || option?.type !== "boolean" || seen.has(name)) return void 0;
    seen.add(name);
    parsed[name] = !negated;
  }
  return { ...parsed, _: positionals };
}
async function parseWithYargs(argv, version) {
  const { default: yargs } = await import("./yargs-BV3AF7RW.mjs");
  let output = "";
  const parser = yargs([...argv]).scriptName("parsl-lint").usage(
    "$0 [files, directories, globs or - for stdin ...] [--sbatch-test]\n$0 explain FILE...\n$0 schema [--qiime2 VERSION | --parsl VERSION]\n$0 rules [--format json]\n$0 rule NAME\n$0 which [--format json]\n$0 cluster-profile [SCONTROL-OUTPUT ...] [--output FILE]\n$0 init --workers N --cpus N --mem 96GB --walltime 24h --env ENV [--partition P] [--account A] [--qiime2 VERSION] [--output FILE]\n\nLint QIIME 2 / parsl TOML configs before you submit a pipeline; show the batch scripts parsl will write; print the JSON Schema for editors; list the rules; print a rule's page; name the config file QIIME 2 would load.\nTo lint a file named explain, schema, rules, rule or which, write ./explain, ./schema, ./rules, ./rule or ./which."
  ).options(OPTIONS).parserConfiguration({ "parse-positional-numbers": false }).version(version).alias("help", "h").alias("version", "v").strictOptions().exitProcess(false).fail((message, error) => {
    throw new UsageError(message ?? error?.message ?? "invalid command line");
  }).wrap(Math.min(100, process.stdout.columns ?? 100));
  const argvParsed = await parser.parseAsync([...argv], {}, (_error, _argv, text) => {
    output = text;
  });
  if (argvParsed.help || argvParsed.version) return output;
  return { ...argvParsed, _: argvParsed._.map(String) };
}
function interpret(argvParsed, ruleIds) {
  const positionals = [...argvParsed._];
  const subcommand = positionals[0] !== void 0 && SUBCOMMANDS.has(positionals[0]) ? positionals[0] : void 0;
  checkSiteFlags(subcommand, argvParsed);
  if (subcommand === "cluster-profile") return { kind: "cluster-profile", request: clusterProfileRequest(argvParsed, positionals.slice(1)) };
  if (subcommand === "explain" && positionals.length < 2) throw new UsageError("explain takes the config files to explain (- for stdin)");
  if (subcommand === "rule") {
    if (positionals.length !== 2) throw new UsageError("rule takes one rule name (parsl-lint rules lists them)");
    return { kind: "rule", name: positionals[1] };
  }
  if (subcommand && subcommand !== "explain" && positionals.length > 1) throw new UsageError(`${subcommand} takes no files`);
  if (subcommand === "schema") return { kind: "schema", qiime2: argvParsed.qiime2, parsl: argvParsed.parsl };
  if (subcommand === "rules") return { kind: "rules", format: argvParsed.format ?? "stylish" };
  if (subcommand === "which") return { kind: "which", format: argvParsed.format ?? "stylish" };
  if (subcommand === "init") return { kind: "init", flags: initFlags(argvParsed) };
  const maxWarnings = argvParsed["max-warnings"];
  const config = argvParsed.config;
  if (config === "") throw new UsageError("--config needs a file (or use --no-config)");
  if (argvParsed["unsafe-fixes"] && !argvParsed.fix && !argvParsed.diff) throw new UsageError("--unsafe-fixes needs --fix or --diff");
  if (argvParsed["output-file"] === "") throw new UsageError("--output-file needs a file name");
  if (argvParsed["print-config"] === "") throw new UsageError("--print-config needs the file whose settings to print");
  if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings must be a whole number (-1 for no limit), got ${Number.isNaN(maxWarnings) ? "something else" : maxWarnings}`);
  if (subcommand === "explain" && (argvParsed.fix || argvParsed.diff)) throw new UsageError("explain changes nothing: run --fix or --diff without explain");
  if (argvParsed["stdin-filename"] !== void 0 && !positionals.includes("-")) throw new UsageError("--stdin-filename names the file read from stdin, but no - (stdin) is among the inputs");
  return {
    kind: subcommand === "explain" ? "explain" : "lint",
    options: {
      inputs: subcommand === "explain" ? positionals.slice(1) : positionals,
      // In a GitHub Actions job, annotations unless another format is asked for.
      format: argvParsed.format ?? (process.env["GITHUB_ACTIONS"] === "true" ? "github" : "stylish"),
      outputFile: argvParsed["output-file"],
      quiet: argvParsed.quiet,
      maxWarnings,
      settings: parseRuleSettings([].concat(argvParsed.rule ?? []), ruleIds),
      stdinFilename: argvParsed["stdin-filename"],
      color: argvParsed.color,
      qiime2: argvParsed.qiime2,
      parsl: argvParsed.parsl,
      slurm: argvParsed.slurm,
      debug: argvParsed.debug,
      fix: argvParsed.fix || argvParsed.diff ? argvParsed["unsafe-fixes"] ? "unsafe" : "safe" : void 0,
      diff: argvParsed.diff,
      config,
      inlineConfig: argvParsed["inline-config"],
      printConfig: argvParsed["print-config"],
      onlyParslConfigs: argvParsed["only-parsl-configs"],
      sbatchTest: argvParsed["sbatch-test"],
      warnIgnored: argvParsed["warn-ignored"],
      errorOnUnmatchedPattern: argvParsed["error-on-unmatched-pattern"]
    }
  };
}
function parseRuleSettings(values, ruleIds) {
  const settings = /* @__PURE__ */ new Map();
  for (const value of values) {
    const match = /^([^=]+)=(.*)$/.exec(value);
    if (!match) throw new UsageError(`--rule takes NAME=off|info|warning|error, got "${value}"`);
    const [, id, setting] = match;
    if (!ruleIds.includes(id)) {
      const guess = closestMatch(id, ruleIds);
      throw new UsageError(`unknown rule "${id}"${guess ? `; did you mean "${guess}"?` : ""}; the rules are: ${ruleIds.join(", ")}`);
    }
    if (setting !== "off" && !SEVERITIES.includes(setting)) {
      throw new UsageError(`--rule ${id}: the setting must be off, info, warning or error, got "${setting}"`);
    }
    settings.set(id, setting);
  }
  return settings;
}

// src/cli/same-file.ts
import { statSync } from "node:fs";
function distinctFiles(files) {
  const kept = [];
  const keptAt = /* @__PURE__ */ new Map();
  for (const input of files) {
    const key = identity(input.file);
    const at = key === void 0 ? void 0 : keptAt.get(key);
    if (at === void 0) {
      if (key !== void 0) keptAt.set(key, kept.length);
      kept.push(input);
    } else if (input.explicit && !kept[at].explicit || input.literal && !kept[at].literal) {
      kept[at] = { ...kept[at], explicit: kept[at].explicit || input.explicit, literal: kept[at].literal || input.literal };
    }
  }
  return kept;
}
function identity(file) {
  try {
    const stats = statSync(file, { bigint: true });
    return `${stats.dev}:${stats.ino}`;
  } catch {
    return void 0;
  }
}
var STDIN_NAMES = /* @__PURE__ */ new Set(["/dev/stdin", "/dev/fd/0", "/proc/self/fd/0"]);
function stdinAlias(input) {
  return STDIN_NAMES.has(input) ? "-" : input;
}

// src/cli/main.ts
async function run(argv) {
  const debug = argv.includes("--debug");
  try {
    const command = await parseCommandLine(argv, [...ruleNames(RULES).keys()], packageVersion());
    if (command.kind === "exit") {
      process.stdout.write(command.output.endsWith("\n") ? command.output : `${command.output}
`);
      return 0;
    }
    if (command.kind === "schema") {
      printSchema(command.qiime2, command.parsl);
      return 0;
    }
    if (command.kind === "rules") {
      printRules(RULES, command.format);
      return 0;
    }
    if (command.kind === "cluster-profile") return await (await import("./cluster-profile-Z3SG2VH4.mjs")).clusterProfile(command.request, process.cwd());
    if (command.kind === "init") return await (await import("./init-Y7E63QIO.mjs")).init(command.flags, [...ruleNames(RULES).keys()], process.cwd());
    if (command.kind === "rule") {
      printRulePage(command.name, RULES);
      return 0;
    }
    if (command.kind === "which") {
      printWhich(command.format);
      return 0;
    }
    return await lint(command.options, command.kind === "explain");
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) {
      process.stderr.write(`parsl-lint: ${printable(error.message)}
`);
      return 2;
    }
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`parsl-lint: internal error: ${printable(message)}${debug ? "" : " (run with --debug for details)"}
`);
    if (debug && error instanceof Error && error.stack) process.stderr.write(`${error.stack}
`);
    return 2;
  }
}
async function lint(given, explain = false) {
  const options = { ...given, inputs: given.inputs.map(stdinAlias) };
  const cwd = process.cwd();
  const finder = new SettingsFinder(options, RULES, cwd);
  if (options.printConfig !== void 0) {
    process.stdout.write(describeSettings(await finder.forFile(path3.resolve(cwd, options.printConfig)), cwd));
    return 0;
  }
  const fixer = options.fix ? await import("./fix-6S6YQHFV.mjs") : void 0;
  const out = options.diff || options.fix && options.inputs.includes("-") ? process.stderr : process.stdout;
  const color = options.outputFile === void 0 ? useColor(options.color, out) : options.color ?? false;
  const chalk = new Chalk({ level: color ? 1 : 0 });
  const sink = new ReportSink(options.outputFile === void 0 ? { stream: out } : { file: path3.resolve(cwd, options.outputFile) });
  const tally = new ReportTally();
  const outcomes = [];
  const keepOutcomes = writtenWhole(options.format);
  const fullReports = [];
  const diffs = [];
  const invalid = [];
  const sbatch = options.sbatchTest ? await import("./sbatch-test-INGV7M4K.mjs") : void 0;
  const counts = { unread: 0, ignored: 0 };
  let warnings = 0;
  for await (const input of readInputs(options, finder, cwd, counts)) {
    const lintOptions = sbatch ? { ...input.settings.lintOptions, sbatchAnswer: await sbatch.sbatchAnswers(input.bytes, input.settings.lintOptions.target) } : input.settings.lintOptions;
    const { result, applied, diff } = fixer ? await fixer.fixInput(input.bytes, input.file, input.shown, lintOptions, options) : { result: lintBytes(input.bytes, lintOptions), applied: 0, diff: "" };
    if (diff) diffs.push(diff);
    if (result.syntaxError) invalid.push(input.shown);
    warnings += result.diagnostics.filter((diagnostic) => diagnostic.severity === "warning").length;
    const outcome = {
      path: input.shown,
      diagnostics: keep(result.diagnostics, options),
      suppressed: keep(result.suppressed, options),
      fixesApplied: applied,
      ...explain && { jobs: result.jobs }
    };
    if (explain) fullReports.push({ ...outcome, source: result.source });
    else {
      sink.write(reportPart({ ...outcome, source: result.source }, options, chalk));
      tally.add(outcome);
      if (keepOutcomes) outcomes.push(outcome);
    }
  }
  if (explain) {
    const chalk2 = new Chalk({ level: useColor(options.color, process.stdout) ? 1 : 0 });
    process.stdout.write(options.format === "json" ? formatExplainJson(fullReports) : formatExplain(fullReports, chalk2));
    for (const shown2 of invalid) process.stderr.write(`parsl-lint: ${shown2} is not valid TOML; run parsl-lint ${shown2} to see where
`);
    if (counts.unread > 0) return 2;
    return invalid.length > 0 ? 1 : 0;
  }
  if (options.diff) process.stdout.write(diffs.join(""));
  sink.write(await reportEnd(outcomes, tally, options, chalk));
  sink.close();
  if (options.fix) for (const shown2 of invalid) process.stderr.write(`parsl-lint: ${notFixable(shown2)}
`);
  if (options.diff) return counts.unread > 0 ? 2 : diffs.length > 0 || invalid.length > 0 ? 1 : 0;
  warnings += counts.ignored;
  const tooManyWarnings = options.maxWarnings >= 0 && warnings > options.maxWarnings;
  if (tooManyWarnings && (options.format === "stylish" || options.outputFile !== void 0)) {
    process.stderr.write(`parsl-lint: too many warnings (${warnings}, --max-warnings is ${options.maxWarnings})
`);
  }
  if (invalid.length > 0 && tally.errors === 0) process.stderr.write(`parsl-lint: ${invalid.length === 1 ? "1 file is" : `${invalid.length} files are`} not valid TOML
`);
  if (counts.unread > 0) return 2;
  return tally.errors > 0 || invalid.length > 0 || tooManyWarnings ? 1 : 0;
}
async function* readInputs(options, finder, cwd, counts) {
  const inputs = options.inputs.length > 0 ? options.inputs : ["."];
  const fromStdin = inputs.filter((input) => input === "-");
  if (fromStdin.length > 1) throw new UsageError("stdin (-) can be read only once");
  if (fromStdin.length === 1) {
    const named = path3.resolve(cwd, options.stdinFilename ?? "stdin");
    const settings = await finder.forFile(named);
    const bytes = await readStdin();
    const excluded2 = settings.excluded(named);
    if (excluded2 && !options.onlyParslConfigs) ignored(options.stdinFilename ?? "<stdin>", settings, options, cwd, counts);
    const wanted = !excluded2 && (!options.onlyParslConfigs || looksLikeParslConfig(new TextDecoder().decode(bytes)));
    if (wanted) yield { file: void 0, shown: options.stdinFilename ?? "<stdin>", bytes, settings };
  }
  const paths = inputs.filter((input) => input !== "-");
  if (paths.length === 0) return;
  let found = 0;
  let excluded = 0;
  let unreadable = 0;
  const warn = (message) => process.stderr.write(`parsl-lint: warning: ${message}
`);
  const resolveOptions = { onlyParslConfigs: options.onlyParslConfigs, warn, errorOnUnmatchedPattern: options.errorOnUnmatchedPattern };
  for (const input of distinctFiles(await resolveFiles(paths, cwd, resolveOptions))) {
    const settings = await finder.forFile(input.file);
    const shown2 = displayPath(input.file, cwd);
    if (settings.excluded(input.file)) {
      if (input.literal) ignored(shown2, settings, options, cwd, counts);
      excluded++;
      continue;
    }
    let bytes;
    try {
      bytes = readRegularFile(input.file);
    } catch (error) {
      if (input.explicit) {
        process.stderr.write(`parsl-lint: cannot read ${printable(shown2)}: ${readProblem(error)}
`);
        counts.unread++;
      } else {
        warn(`skipped ${printable(shown2)}: ${readProblem(error)}`);
      }
      unreadable++;
      continue;
    }
    const wanted = input.explicit || (settings.included ? settings.included(input.file) : looksLikeParslConfig(new TextDecoder().decode(bytes)));
    if (!wanted) continue;
    found++;
    yield { file: input.file, shown: shown2, bytes, settings };
  }
  if (found === 0 && excluded === 0 && unreadable === 0 && !options.onlyParslConfigs && options.errorOnUnmatchedPattern) throw new UsageError(`no parsl config found in ${paths.join(", ")} (a TOML file with a [parsl] table)`);
}
function ignored(shown2, settings, options, cwd, counts) {
  if (!options.warnIgnored) return;
  counts.ignored++;
  if (!options.quiet) process.stderr.write(`parsl-lint: warning: ${ignoredFileWarning(shown2, settings.config.file, cwd)}
`);
}
function keep(diagnostics, options) {
  return options.quiet ? diagnostics.filter((diagnostic) => diagnostic.severity === "error") : diagnostics;
}
function useColor(color, out) {
  if (color !== void 0) return color;
  if (process.env["NO_COLOR"]) return false;
  const force = process.env["FORCE_COLOR"];
  if (force !== void 0) return force !== "0" && force !== "false";
  return out.isTTY === true;
}
async function readStdin() {
  const chunks = [];
  for await (const chunk of process.stdin) chunks.push(chunk);
  return Buffer.concat(chunks);
}
export {
  run
};
