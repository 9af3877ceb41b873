import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  SEVERITIES
} from "./chunk-QZA5WI5V.mjs";
import {
  BATCH_PROVIDERS,
  PARSL_RELEASES,
  SourceText,
  closestMatch,
  parseDocument,
  parseSlurmTime,
  parslCatalog,
  resolveSlurmRelease,
  resolveTarget
} from "./chunk-ESK643ZF.mjs";
import {
  UsageError
} from "./chunk-VEXKXS5Y.mjs";
import {
  require_ignore
} from "./chunk-PJW54T6R.mjs";
import {
  __toESM
} from "./chunk-NGYD4W62.mjs";

// src/config/config.ts
var NO_CONFIG = { file: void 0, rules: /* @__PURE__ */ new Map(), qiime2: void 0, parsl: void 0, include: [], exclude: [], required: {}, slurmPluginOptions: [], slurmRelease: void 0 };
var ConfigError = class extends Error {
  name = "ConfigError";
};

// src/read-file.ts
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var MAX_FILE_BYTES = 16 * 2 ** 20;
var NotAFileError = class extends Error {
  constructor(message, code) {
    super(message);
    this.code = code;
  }
};
function readRegularFile(file) {
  const fd = openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  try {
    const stats = fstatSync(fd);
    if (stats.isDirectory()) throw new NotAFileError("is a directory", "EISDIR");
    if (!stats.isFile()) throw new NotAFileError(`is ${kindOf(stats)}, not a regular file`);
    if (stats.size > MAX_FILE_BYTES) throw tooLarge();
    return readUpTo(fd, stats.size);
  } finally {
    closeSync(fd);
  }
}
function readUpTo(fd, expected) {
  if (expected > 0) {
    const buffer = Buffer.allocUnsafe(expected);
    let length = 0;
    while (length < expected) {
      const read = readSync(fd, buffer, length, expected - length, null);
      if (read === 0) break;
      length += read;
    }
    return buffer.subarray(0, length);
  }
  const chunks = [];
  let total = 0;
  for (; ; ) {
    const chunk = Buffer.allocUnsafe(64 * 1024);
    const read = readSync(fd, chunk, 0, chunk.length, null);
    if (read === 0) return Buffer.concat(chunks, total);
    chunks.push(chunk.subarray(0, read));
    total += read;
    if (total > MAX_FILE_BYTES) throw tooLarge();
  }
}
function tooLarge() {
  return new NotAFileError(`is larger than ${MAX_FILE_BYTES / 2 ** 20} MiB, more than any config`);
}
function kindOf(stats) {
  if (stats.isFIFO()) return "a named pipe (FIFO)";
  if (stats.isCharacterDevice()) return "a character device";
  if (stats.isBlockDevice()) return "a block device";
  if (stats.isSocket()) return "a socket";
  return "not a regular file";
}
function readProblem(error) {
  if (error instanceof NotAFileError) return error.message;
  const code = error.code;
  if (code === "ENOENT") return "no such file (deleted since it was found?)";
  if (code === "EACCES" || code === "EPERM") return "permission denied";
  if (code === "ELOOP") return "too many levels of symbolic links";
  return code ?? error.message;
}

// src/config/load.ts
import path2 from "node:path";

// src/config/profile.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/site/profile-file.ts
var ProfileError = class extends Error {
  name = "ProfileError";
};
var TOP_KEYS = ["scheduler", "default_partition", "partitions"];
var COUNT_KEYS = ["max_nodes", "nodes", "min_node_cpus", "max_node_cpus", "min_node_memory_mb", "max_node_memory_mb"];
var LIST_KEYS = ["allow_accounts", "deny_accounts", "allow_qos", "deny_qos"];
var TIME_KEYS = ["max_time", "default_time"];
var PARTITION_KEYS = [...TIME_KEYS, ...COUNT_KEYS, ...LIST_KEYS];
function readProfile(text, file, tablePath = []) {
  const parsed = parseDocument(text);
  const source = new SourceText(text);
  if (!parsed.ok) throw new ProfileError(`${file}:${source.positionAt(parsed.error.offset).line}: ${parsed.error.message}`);
  let table = parsed.document.root;
  for (const key of tablePath) {
    const node = table.entries.get(key)?.value;
    if (node?.kind !== "table") throw new ProfileError(`${file}: no [${tablePath.join(".")}] table`);
    table = node;
  }
  return new Reader(source, file, tablePath).profile(table);
}
var Reader = class {
  constructor(source, file, tablePath) {
    this.source = source;
    this.file = file;
    this.tablePath = tablePath;
  }
  profile(table) {
    this.checkKeys(table, TOP_KEYS, this.tablePath);
    const scheduler = table.entries.get("scheduler");
    if (scheduler && scheduler.value.kind === "scalar" && scheduler.value.value !== "slurm") {
      throw this.error(scheduler.value.span, `scheduler must be "slurm" (the only scheduler a profile describes so far), not ${JSON.stringify(scheduler.value.value)}`);
    }
    if (scheduler) this.string(scheduler);
    const partitionsEntry = table.entries.get("partitions");
    const partitions = /* @__PURE__ */ new Map();
    if (partitionsEntry) {
      if (partitionsEntry.value.kind !== "table") throw this.error(partitionsEntry.keySpan, "partitions must be a table of [partitions.<name>] tables");
      for (const [name, entry] of partitionsEntry.value.entries) partitions.set(name, this.partition(name, entry));
    }
    const defaultEntry = table.entries.get("default_partition");
    const defaultPartition = defaultEntry ? this.cited(defaultEntry, this.string(defaultEntry)) : void 0;
    if (defaultPartition && !partitions.has(defaultPartition.value)) {
      const guess = closestMatch(defaultPartition.value, partitions.keys());
      throw this.error(defaultEntry.value.span, `default_partition "${defaultPartition.value}" is not among the [partitions]${guess ? `; did you mean "${guess}"?` : ""}`);
    }
    return { scheduler: "slurm", file: this.file, ...defaultPartition && { defaultPartition }, partitions };
  }
  partition(name, entry) {
    if (entry.value.kind !== "table") throw this.error(entry.keySpan, `partitions.${name} must be a table`);
    const table = entry.value;
    this.checkKeys(table, PARTITION_KEYS, [...this.tablePath, "partitions", name]);
    const get = (key) => table.entries.get(key);
    const partition = { name, from: this.lineOf(table.span.start) };
    const maxTime = get("max_time");
    if (maxTime) partition["maxTime"] = this.cited(maxTime, this.minutes(maxTime));
    const defaultTime = get("default_time");
    if (defaultTime) this.string(defaultTime);
    const counts = {
      max_nodes: "maxNodes",
      nodes: "nodes",
      min_node_cpus: "minNodeCpus",
      max_node_cpus: "maxNodeCpus",
      min_node_memory_mb: "minNodeMemoryMb",
      max_node_memory_mb: "maxNodeMemoryMb"
    };
    for (const key of COUNT_KEYS) {
      const found = get(key);
      if (found) partition[counts[key]] = this.cited(found, this.count(found));
    }
    const lists = { allow_accounts: "allowAccounts", deny_accounts: "denyAccounts", allow_qos: "allowQos", deny_qos: "denyQos" };
    for (const key of LIST_KEYS) {
      const found = get(key);
      if (found) partition[lists[key]] = this.cited(found, this.names(found));
    }
    return partition;
  }
  checkKeys(table, known, where) {
    for (const [key, entry] of table.entries) {
      if (known.includes(key)) continue;
      const guess = closestMatch(key, known);
      const table2 = where.length > 0 ? ` in [${where.join(".")}]` : "";
      throw this.error(entry.keySpan, `unknown key "${key}"${table2}${guess ? `; did you mean "${guess}"?` : `; the keys are: ${known.join(", ")}`}`);
    }
  }
  string(entry) {
    const value = entry.value;
    if (value.kind === "scalar" && typeof value.value === "string") return value.value;
    throw this.error(value.span, `${entry.key} must be a string`);
  }
  /** A Slurm time limit as scontrol prints it (`1-00:00:00`, `UNLIMITED`), in minutes; null for none. */
  minutes(entry) {
    const text = this.string(entry);
    const parsed = parseSlurmTime(text);
    if (!parsed.ok) throw this.error(entry.value.span, `${entry.key} = ${JSON.stringify(text)} is not a Slurm time limit (days-hours:minutes:seconds, hours:minutes:seconds, minutes, or "UNLIMITED")`);
    return parsed.value.unlimited ? null : parsed.value.minutes;
  }
  count(entry) {
    const value = entry.value;
    if (value.kind === "scalar" && value.type === "integer" && typeof value.value === "number" && value.value >= 0) return value.value;
    throw this.error(value.span, `${entry.key} must be a whole number, at least 0`);
  }
  names(entry) {
    const value = entry.value;
    if (value.kind === "array" && value.items.every((item) => item.kind === "scalar" && typeof item.value === "string")) {
      return value.items.map((item) => item.value);
    }
    throw this.error(value.span, `${entry.key} must be an array of names`);
  }
  /** The value, cited as `key = value` as written (without a comment after it). */
  cited(entry, value) {
    const written = this.source.text.slice(entry.keySpan.start, entry.value.span.end).replace(/\s+/g, " ");
    return { value, from: { ...this.lineOf(entry.keySpan.start), text: written } };
  }
  lineOf(offset) {
    const line = this.source.positionAt(offset).line;
    return { file: this.file, line, text: this.source.lineText(line).replace(/#.*$/, "").trim() };
  }
  error(span, message) {
    return new ProfileError(`${this.file}:${this.source.positionAt(span.start).line}: ${message}`);
  }
};

// src/config/profile.ts
async function loadProfile(value, configFile, shown, configText, tablePath) {
  try {
    if (typeof value === "string") {
      const file = path.resolve(path.dirname(configFile), value);
      const named = path.join(path.dirname(shown), value);
      const text = await readFile(file, "utf8").catch((error) => {
        throw new ConfigError(`${shown}: cannot read the profile ${named}: ${error.code ?? error.message}`);
      });
      return readProfile(text, named);
    }
    if (value !== void 0) return readProfile(configText, shown, [...tablePath, "profile"]);
    return void 0;
  } catch (error) {
    if (error instanceof ProfileError) throw new ConfigError(error.message);
    throw error;
  }
}

// src/config/schema.ts
function configSchema(ruleIds) {
  const globs = { type: "array", items: { type: "string", minLength: 1 } };
  const setting = { enum: ["off", ...SEVERITIES] };
  const fields = { type: "array", items: { type: "string", pattern: "^[A-Za-z_][A-Za-z0-9_]*$" }, uniqueItems: true };
  return {
    type: "object",
    additionalProperties: false,
    properties: {
      qiime2: { type: "string" },
      parsl: { type: "string" },
      include: globs,
      exclude: globs,
      rules: { type: "object", additionalProperties: false, properties: Object.fromEntries(ruleIds.map((id) => [id, setting])) },
      // A file name, or the profile itself: src/site/profile-file.ts checks its contents.
      profile: { anyOf: [{ type: "string" }, { type: "object" }] },
      required: { type: "object", additionalProperties: false, properties: Object.fromEntries(BATCH_PROVIDERS.map((name) => [name, fields])) },
      // Long options the site's SPANK plugins add to sbatch, without their dashes.
      slurm: {
        type: "object",
        additionalProperties: false,
        properties: {
          "plugin-options": { type: "array", items: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9_-]*$" }, uniqueItems: true },
          // The site's Slurm release, as `sbatch --version` prints it or as YY.MM.
          release: { type: "string" }
        }
      }
    }
  };
}

// src/config/load.ts
var CONFIG_FILE_NAMES = [".parsl-lint.toml", "parsl-lint.toml", "pyproject.toml"];
async function loadConfig(file, ruleIds, shown) {
  const text = await readText(file, shown);
  const inPyproject = path2.basename(file) === "pyproject.toml";
  if (text === void 0 || inPyproject && !text.includes("parsl-lint")) return void 0;
  const { parse } = await import("./dist-VCBDZYC5.mjs");
  let document;
  try {
    document = parse(text);
  } catch (error) {
    throw new ConfigError(`${shown}: ${error.message.split("\n")[0]} at line ${error.line ?? "?"}`);
  }
  const table = inPyproject ? document["tool"]?.["parsl-lint"] : document;
  if (table === void 0) return void 0;
  const tablePath = inPyproject ? "tool.parsl-lint" : "";
  const raw = await validate(table, ruleIds, `${shown}: `, tablePath);
  checkRequiredFields(raw.required ?? {}, `${shown}: `, tablePath);
  try {
    if (raw.qiime2 !== void 0 || raw.parsl !== void 0) resolveTarget({ qiime2: raw.qiime2, parsl: raw.parsl });
    if (raw.slurm?.release !== void 0) resolveSlurmRelease(raw.slurm.release);
  } catch (error) {
    throw new ConfigError(`${shown}: ${error.message}`);
  }
  const profile = await loadProfile(raw.profile, file, shown, text, inPyproject ? ["tool", "parsl-lint"] : []);
  return {
    file,
    rules: new Map(Object.entries(raw.rules ?? {})),
    qiime2: raw.qiime2,
    parsl: raw.parsl,
    include: raw.include ?? [],
    exclude: raw.exclude ?? [],
    required: Object.fromEntries(Object.entries(raw.required ?? {})),
    ...profile && { profile },
    slurmPluginOptions: raw.slurm?.["plugin-options"] ?? [],
    slurmRelease: raw.slurm?.release
  };
}
async function readText(file, shown) {
  try {
    return readRegularFile(file).toString("utf8");
  } catch (error) {
    const code = error.code;
    if (code === "ENOENT" || code === "ENOTDIR" || code === "EISDIR") return void 0;
    throw new ConfigError(`cannot read ${shown}: ${readProblem(error)}`);
  }
}
async function validate(table, ruleIds, prefix, tablePath) {
  const check = await validator(ruleIds);
  if (check(table)) return table;
  throw new ConfigError(prefix + describeError(check.errors[0], tablePath));
}
async function validator(ruleIds) {
  const { generated } = await import("./config-validator-DK6B7RBK.mjs");
  if (generated && generated.ruleIds.length === ruleIds.length && generated.ruleIds.every((id, index) => id === ruleIds[index])) return generated.validate;
  const { Ajv } = (await import("./ajv-QYHQUJY2.mjs")).default;
  return new Ajv({ verbose: true, validateSchema: false, code: { optimize: false } }).compile(configSchema(ruleIds));
}
function checkRequiredFields(required, prefix, tablePath) {
  for (const [provider, fields] of Object.entries(required)) {
    const params = new Set(PARSL_RELEASES.flatMap((version) => [...parslCatalog(version).lookup("providers", provider)?.params.keys() ?? []]));
    const unknown = fields.find((field) => !params.has(field));
    if (unknown === void 0) continue;
    const guess = closestMatch(unknown, params);
    const hint = guess ? `; did you mean "${guess}"?` : `; its parameters are: ${[...params].sort().join(", ")}`;
    const table = [tablePath, "required"].filter(Boolean).join(".");
    throw new ConfigError(`${prefix}unknown field "${unknown}" for ${provider} in [${table}]: no parsl release has that parameter${hint}`);
  }
}
var TYPE_NAMES = { string: "a string", array: "an array", object: "a table" };
function describeError(error, tablePath) {
  const keys = error.instancePath.split("/").slice(1).map((key2) => key2.replaceAll("~1", "/").replaceAll("~0", "~"));
  const table = [tablePath, ...keys].filter(Boolean).join(".");
  const key = table === "" ? "the config" : table;
  switch (error.keyword) {
    case "additionalProperties": {
      const name = error.params.additionalProperty;
      const known = Object.keys(error.parentSchema.properties ?? {});
      const guess = closestMatch(name, known);
      const hint = guess ? `; did you mean "${guess}"?` : `; the keys are: ${known.join(", ")}`;
      return `unknown key "${name}"${table ? ` in [${table}]` : ""}${hint}`;
    }
    case "enum":
      return `${key} must be one of ${error.params.allowedValues.map((value) => JSON.stringify(value)).join(", ")}, not ${JSON.stringify(error.data)}`;
    case "type": {
      const type = error.params.type;
      const quote = type === "string" && typeof error.data === "number" ? "; write it in quotes" : "";
      return `${key} must be ${TYPE_NAMES[type] ?? type}, not ${JSON.stringify(error.data)}${quote}`;
    }
    default:
      return `${key} ${error.message ?? "is invalid"}`;
  }
}

// src/cli/files.ts
import { stat } from "node:fs/promises";
import path4 from "node:path";

// src/cli/walk.ts
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path3 from "node:path";
var SKIPPED_DIRECTORIES = /* @__PURE__ */ new Set(["node_modules", ".git"]);
var TOML = Buffer.from(".toml");
var utf8 = new TextDecoder("utf-8", { fatal: true });
function walkTomlFiles(root, skipNames, shown) {
  const files = [];
  const warnings = [];
  const skip = new Set(skipNames);
  const visit = (directory, ignores) => {
    let entries;
    try {
      entries = readdirSync(directory, { withFileTypes: true, encoding: "buffer" });
    } catch (error) {
      const code = error.code;
      if (code === "ENOENT" || code === "ENOTDIR") return;
      warnings.push(`cannot read the folder ${shown(directory)} (${code === "EACCES" ? "permission denied" : code}): the files in it were not linted`);
      return;
    }
    const here = entries.some((entry) => entry.isFile() && entry.name.equals(GITIGNORE)) ? readIgnoreFile(directory, ".gitignore") : void 0;
    const inScope = here ? [...ignores, here] : ignores;
    for (const entry of entries) {
      const directoryEntry = entry.isDirectory();
      const tomlFile = entry.isFile() && endsWithToml(entry.name);
      if (!directoryEntry && !tomlFile) continue;
      let name;
      try {
        name = utf8.decode(entry.name);
      } catch {
        warnings.push(`skipped ${shown(path3.join(directory, escapeName(entry.name)))}: its name is not valid UTF-8`);
        continue;
      }
      const full = path3.join(directory, name);
      if (directoryEntry ? SKIPPED_DIRECTORIES.has(name) : skip.has(name)) continue;
      if (ignored(inScope, full, directoryEntry)) continue;
      if (directoryEntry) visit(full, inScope);
      else files.push(full);
    }
  };
  visit(root, ignoresAbove(root));
  return { files, warnings };
}
var GITIGNORE = Buffer.from(".gitignore");
function endsWithToml(name) {
  return name.length > TOML.length && name.subarray(name.length - TOML.length).equals(TOML);
}
function ignored(ignores, full, directory) {
  for (let i = ignores.length - 1; i >= 0; i--) {
    const { base, rules } = ignores[i];
    const relative = path3.relative(base, full).split(path3.sep).join("/");
    const result = rules.test(directory ? `${relative}/` : relative);
    if (result.ignored) return true;
    if (result.unignored) return false;
  }
  return false;
}
function ignoresAbove(root) {
  let repository = root;
  while (!existsSync(path3.join(repository, ".git"))) {
    if (path3.dirname(repository) === repository) return [];
    repository = path3.dirname(repository);
  }
  const above = [];
  for (let folder = root; folder !== repository; folder = path3.dirname(folder)) above.unshift(path3.dirname(folder));
  const exclude = isDirectory(path3.join(repository, ".git")) ? [readIgnoreFile(repository, path3.join(".git", "info", "exclude"))] : [];
  return [...exclude, ...above.map((folder) => readIgnoreFile(folder, ".gitignore"))].filter((file) => file !== void 0);
}
function readIgnoreFile(base, name) {
  try {
    return { base, rules: (0, import_ignore.default)().add(readFileSync(path3.join(base, name), "utf8")) };
  } catch {
    return void 0;
  }
}
function isDirectory(file) {
  try {
    return statSync(file).isDirectory();
  } catch {
    return false;
  }
}
function escapeName(name) {
  return [...name].map((byte) => byte >= 32 && byte < 127 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, "0").toUpperCase()}`).join("");
}

// src/cli/files.ts
var IGNORED = ["**/node_modules/**", "**/.git/**"];
async function resolveFiles(inputs, cwd, options = {}) {
  const found = /* @__PURE__ */ new Map();
  const add = (file, named, literal = false) => {
    if (named && options.onlyParslConfigs && CONFIG_FILE_NAMES.includes(path4.basename(file))) return;
    const explicit = named && !options.onlyParslConfigs;
    const existing = found.get(file);
    if (!existing || explicit && !existing.explicit || explicit && literal) found.set(file, { file, explicit, literal: explicit && literal });
  };
  for (const input of inputs) {
    const absolute = path4.resolve(cwd, input);
    const kind = await pathKind(absolute);
    if (kind === "file") {
      add(absolute, true, true);
    } else if (kind === "directory") {
      const walk = walkTomlFiles(absolute, CONFIG_FILE_NAMES, (file) => displayPath(file, cwd));
      walk.warnings.forEach((message) => options.warn?.(message));
      walk.files.forEach((file) => add(file, false));
    } else {
      for (const file of await matchGlob(input, cwd, options.errorOnUnmatchedPattern ?? true)) add(file, true);
    }
  }
  return [...found.values()].sort((a, b) => a.file < b.file ? -1 : a.file > b.file ? 1 : 0);
}
async function matchGlob(input, cwd, errorIfNone) {
  const { globby, isDynamicPattern } = await import("./globby-DF2NDQJ4.mjs");
  if (!isDynamicPattern(input)) {
    if (errorIfNone) throw new UsageError(`no such file or directory: ${input}`);
    return [];
  }
  const files = await globby(input, { cwd, absolute: true, gitignore: true, ignore: IGNORED, dot: true });
  if (files.length === 0 && errorIfNone) throw new UsageError(`no files match the pattern "${input}"`);
  return files.map((file) => path4.normalize(file));
}
async function pathKind(file) {
  try {
    const stats = await stat(file);
    return stats.isDirectory() ? "directory" : "file";
  } catch {
    return "missing";
  }
}
function displayPath(file, cwd) {
  const relative = path4.relative(cwd, file);
  const shown = relative === "" || relative.startsWith("..") || path4.isAbsolute(relative) ? file : relative;
  return shown.split(path4.sep).join("/");
}
function looksLikeParslConfig(text) {
  return /^[ \t]*(\[\[?[ \t]*["']?parsl["']?[ \t]*([.\]]|$)|["']?parsl["']?[ \t]*[.=])/m.test(text);
}

// src/config/discover.ts
import path5 from "node:path";
var ConfigResolver = class {
  /** `load` returns undefined for a file that does not exist or holds no parsl-lint settings. */
  constructor(load) {
    this.load = load;
  }
  byFolder = /* @__PURE__ */ new Map();
  forFile(file) {
    return this.forFolder(path5.dirname(path5.resolve(file)));
  }
  forFolder(folder) {
    let config = this.byFolder.get(folder);
    if (!config) {
      config = this.search(folder);
      this.byFolder.set(folder, config);
    }
    return config;
  }
  async search(folder) {
    for (const name of CONFIG_FILE_NAMES) {
      const config = await this.load(path5.join(folder, name));
      if (config) return config;
    }
    const parent = path5.dirname(folder);
    return parent === folder ? NO_CONFIG : this.forFolder(parent);
  }
};

// src/site/profile.ts
function cite(from) {
  return `(${from.file}:${from.line}: ${from.text})`;
}

// src/site/units.ts
function walltimeText(minutes) {
  const pad = (n) => String(n).padStart(2, "0");
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
}
function megabytesText(mb) {
  const gb = mb / 1024;
  return `${mb} MB (${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB)`;
}

export {
  NO_CONFIG,
  ConfigError,
  cite,
  walltimeText,
  megabytesText,
  readRegularFile,
  readProblem,
  loadConfig,
  resolveFiles,
  displayPath,
  looksLikeParslConfig,
  ConfigResolver
};
