import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  OBJECT_KEYS,
  describeTarget,
  locateInField,
  parslWalltimeToMinutes,
  pythonDefault,
  schedulerOf
} from "./chunk-ESK643ZF.mjs";

// src/document/strings.ts
function stringLocator(source) {
  const located = /* @__PURE__ */ new WeakMap();
  return (node) => {
    let locator = located.get(node);
    if (!locator) {
      locator = locateString(source, node);
      located.set(node, locator);
    }
    return locator;
  };
}
function locateString(source, node) {
  const offsets = contentOffsets(source, node);
  const escapes = hasEscapes(node);
  return {
    spanOf(start, end) {
      const from = offsets[Math.max(0, Math.min(start, offsets.length - 1))];
      const last = end > start ? offsets[Math.min(end, offsets.length - 1) - 1] : from;
      return { start: from, end: end > start ? last + (escapes ? escapedLengthAt(source, last) : 1) : from };
    }
  };
}
function contentOffsets(source, node) {
  const multiline = node.stringStyle?.startsWith("multiline") ?? false;
  const escapes = hasEscapes(node);
  let raw = node.span.start + (multiline ? 3 : 1);
  if (multiline) {
    if (source.startsWith("\r\n", raw)) raw += 2;
    else if (source[raw] === "\n") raw += 1;
  }
  const value = node.value;
  const offsets = [];
  let v = 0;
  while (v < value.length && raw < node.span.end) {
    const char = source[raw];
    if (escapes && char === "\\") {
      const next = source[raw + 1];
      if (next === "u" || next === "U") {
        const width = next === "u" ? 4 : 8;
        const codePoint = parseInt(source.slice(raw + 2, raw + 2 + width), 16);
        const units = codePoint > 65535 ? 2 : 1;
        for (let k = 0; k < units; k++) offsets[v++] = raw;
        raw += 2 + width;
        continue;
      }
      if (next === " " || next === "	" || next === "\r" || next === "\n") {
        raw++;
        while (raw < node.span.end && /[ \t\r\n]/.test(source[raw])) raw++;
        continue;
      }
      offsets[v++] = raw;
      raw += 2;
      continue;
    }
    if (char === "\r" && value[v] === "\n") raw++;
    offsets[v++] = raw;
    raw++;
  }
  while (offsets.length <= value.length) offsets.push(Math.max(raw, node.span.start));
  return offsets;
}
function hasEscapes(node) {
  return node.stringStyle === "basic" || node.stringStyle === "multiline-basic";
}
function escapedLengthAt(source, offset) {
  if (source[offset] !== "\\") return 1;
  const next = source[offset + 1];
  if (next === "u") return 6;
  if (next === "U") return 10;
  return 2;
}

// src/document/tree.ts
function isTable(node) {
  return node?.kind === "table";
}
function isString(node) {
  return node?.kind === "scalar" && node.type === "string";
}
function entrySpan(entry) {
  return { start: entry.keySpan.start, end: Math.max(entry.keySpan.end, entry.value.span.end) };
}
function entryAnchor(entry) {
  const value = entry.value;
  if (value.kind === "table" && value.origin === "header" || value.kind === "array" && value.ofTables) return value.span;
  return entry.keySpan;
}

// src/model/build.ts
function buildModel(document) {
  const parsl = document.root.entries.get("parsl");
  const parslTable = isTable(parsl?.value) ? parsl.value : void 0;
  const configParams = new Map(parslTable ? [...parslTable.entries].filter(([key]) => key !== "executor_mapping") : []);
  const objects = [];
  const topLevel = [...configParams.values()].flatMap((entry) => objectsUnder(entry, void 0, objects));
  const executorsEntry = configParams.get("executors");
  const executors = topLevel.filter((object) => object.entry === executorsEntry);
  const mappingEntry = parslTable?.entries.get("executor_mapping");
  return {
    document,
    parsl,
    parslTable,
    configParams,
    executorsEntry,
    executors,
    objects,
    mapping: mappingEntry ? buildMapping(mappingEntry) : void 0
  };
}
function objectsUnder(entry, parent, all) {
  const group = OBJECT_KEYS.get(entry.key);
  if (!group) return [];
  const nodes = entry.value.kind === "array" ? entry.value.items : [entry.value];
  return nodes.map((node) => buildObject(group, entry, node, parent, all));
}
function buildObject(group, entry, node, parent, all) {
  const table = isTable(node) ? node : void 0;
  const classEntry = table?.entries.get("class");
  const className = classEntry?.value.kind === "scalar" && classEntry.value.type === "string" ? classEntry.value.value : void 0;
  const params = new Map(table ? [...table.entries].filter(([key]) => key !== "class") : []);
  const children = [];
  const object = { group, entry, node, table, classEntry, className, params, children, parent };
  all.push(object);
  for (const param2 of params.values()) children.push(...objectsUnder(param2, object, all));
  if (group === "executors") object.provider = children.find((child) => child.entry.key === "provider");
  return object;
}
function buildMapping(entry) {
  const flat = [];
  const perPlugin = [];
  if (isTable(entry.value)) {
    for (const outer of entry.value.entries.values()) {
      if (isTable(outer.value)) {
        for (const inner of outer.value.entries.values()) perPlugin.push({ plugin: outer, action: inner, label: inner.value });
      } else {
        flat.push({ plugin: void 0, action: outer, label: outer.value });
      }
    }
  }
  return { entry, flat, perPlugin };
}

// src/document/edits.ts
function lineAround(text, span) {
  const start = text.lastIndexOf("\n", span.start - 1) + 1;
  const newline = text.indexOf("\n", span.end);
  const end = newline === -1 ? text.length : newline;
  const alone = text.slice(start, span.start).trim() === "" && /^[ \t]*(#.*)?\r?$/.test(text.slice(span.end, end));
  return { start, end, alone };
}
function removeLine(text, line) {
  return { start: line.start, end: Math.min(line.end + 1, text.length), text: "" };
}
function removeEntryLine(text, entry) {
  const line = lineAround(text, entrySpan(entry));
  return line.alone ? removeLine(text, line) : void 0;
}
function moveEntryEdits(text, entry, destination) {
  if (destination.origin !== "header" && destination.origin !== "array-header" || destination.entries.has(entry.key)) return void 0;
  const line = lineAround(text, entrySpan(entry));
  if (!line.alone) return void 0;
  const lastValue = lastValueEnd(destination);
  const after = lineAround(text, { start: lastValue, end: lastValue });
  if (!/^[ \t]*(#.*)?\r?$/.test(text.slice(lastValue, after.end))) return void 0;
  const newline = text[after.end - 1] === "\r" ? "\r\n" : "\n";
  const moved = text.slice(entry.keySpan.start, line.end).replace(/\r$/, "");
  const insertAt = Math.min(after.end + 1, text.length);
  return [removeLine(text, line), { start: insertAt, end: insertAt, text: after.end === text.length ? `${newline}${moved}` : `${moved}${newline}` }];
}
function lastValueEnd(table) {
  const inline = [...table.entries.values()].filter(({ value }) => value.kind === "table" ? value.origin === "inline" : value.kind === "scalar" || !value.ofTables);
  return Math.max(table.span.end, ...inline.map((entry) => entry.value.span.end));
}
function replace(at, text) {
  const span = "span" in at ? at.span : at;
  return { start: span.start, end: span.end, text };
}

// src/fixes/toml-string.ts
var SHORT_ESCAPES = { '"': '\\"', "\\": "\\\\", "\b": "\\b", "	": "\\t", "\n": "\\n", "\f": "\\f", "\r": "\\r" };
function tomlBasicString(value) {
  const escaped = value.replace(/["\\\u0000-\u001f\u007f]/g, (char) => SHORT_ESCAPES[char] ?? `\\u${char.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}`);
  return `"${escaped}"`;
}
function tomlStringContent(style, text) {
  switch (style) {
    case "basic":
      return tomlBasicString(text).slice(1, -1);
    case "multiline-basic":
      return text.replace(/[\\\u0000-\u0008\u000b-\u001f\u007f]|"(?="")/g, (char) => char === '"' ? '\\"' : tomlBasicString(char).slice(1, -1));
    case "literal":
      return /['\u0000-\u0008\u000a-\u001f\u007f]/.test(text) ? void 0 : text;
    case "multiline-literal":
      return text.includes("'''") || /[\u0000-\u0008\u000b-\u001f\u007f]/.test(text) ? void 0 : text;
  }
}

// src/document/number-text.ts
function numberText(node) {
  const { value, literal } = node;
  if (typeof value !== "number" || literal === void 0) return String(value);
  const exact = node.type === "integer" ? Number.isSafeInteger(value) : Number.isFinite(value) && !/e/i.test(String(value));
  return exact ? String(value) : literal;
}
function scalarText(node) {
  return typeof node.value === "string" ? JSON.stringify(node.value) : numberText(node);
}

// src/model/settings.ts
function numberSetting(object, name, catalog) {
  return setting(object, name, catalog, (value) => typeof value === "number");
}
function booleanSetting(object, name, catalog) {
  return setting(object, name, catalog, (value) => typeof value === "boolean");
}
function setting(object, name, catalog, accepts) {
  const entry = object.params.get(name);
  if (entry) {
    const value = entry.value.kind === "scalar" ? entry.value.value : void 0;
    return accepts(value) ? { value, entry } : void 0;
  }
  const spec = object.className ? catalog.lookup(object.group, object.className)?.params.get(name) : void 0;
  const fallback = spec ? pythonDefault(spec) : void 0;
  return accepts(fallback) ? { value: fallback, entry: void 0 } : void 0;
}
function describeSetting(name, setting2, target) {
  return `${name} = ${settingText(setting2)}${setting2.entry ? "" : ` (the default in ${describeTarget(target)})`}`;
}
function settingText(setting2) {
  const node = setting2.entry?.value;
  return node?.kind === "scalar" ? numberText(node) : String(setting2.value);
}

// src/model/worker-fit.ts
function workerFit(executor, catalog) {
  const provider = executor.provider;
  const fields = provider?.group === "providers" ? schedulerOf(provider.className)?.nodeFields : void 0;
  const coresPerWorker = named(executor, "cores_per_worker");
  if (!provider || !fields || !coresPerWorker) return void 0;
  const nodeCores = written(provider, fields.cores);
  const nodeMemory = written(provider, fields.memory);
  const memPerWorker = written(executor, "mem_per_worker");
  const maxWorkers = ["max_workers_per_node", "max_workers"].map((name) => written(executor, name)).find((found) => found && found.setting.value > 0);
  return {
    coresPerWorker,
    memPerWorker,
    maxWorkers,
    nodeCores,
    nodeMemory,
    byCores: nodeCores && coresPerWorker.setting.value > 0 ? Math.floor(nodeCores.setting.value / coresPerWorker.setting.value) : void 0,
    byMemory: nodeMemory && memPerWorker && memPerWorker.setting.value > 0 ? Math.floor(nodeMemory.setting.value / memPerWorker.setting.value) : void 0
  };
  function named(object, name) {
    const setting2 = numberSetting(object, name, catalog);
    return setting2 && { name, setting: setting2 };
  }
  function written(object, name) {
    const found = named(object, name);
    return found?.setting.entry ? found : void 0;
  }
}

// src/model/launcher.ts
var REACH = /* @__PURE__ */ new Map([
  ["SingleNodeLauncher", "first-node-only"],
  ["SimpleLauncher", "runs-once"],
  ["WrappedLauncher", "runs-once"]
]);
function providerLauncher(provider, catalog) {
  const written = provider.children.find((child) => child.entry.key === "launcher");
  const className = written ? written.className : defaultLauncher(provider, catalog);
  if (className === void 0) return void 0;
  return { className, isDefault: !written, reach: REACH.get(className) ?? "spreads-over-nodes" };
}
function defaultLauncher(provider, catalog) {
  const spec = provider.className ? catalog.lookup("providers", provider.className)?.params.get("launcher") : void 0;
  return spec?.default ? /^(\w+)\(/.exec(spec.default)?.[1] : void 0;
}

// src/model/worker-launch.ts
var TEMPLATES = [
  {
    since: "2023.08.28",
    text: "process_worker_pool.py {debug} {max_workers} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} -m {mem_per_worker} --poll {poll_period} --task_port={task_port} --result_port={result_port} --logdir={logdir} --block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} --hb_threshold={heartbeat_threshold} --cpu-affinity {cpu_affinity} --available-accelerators {accelerators} --start-method {start_method}"
  },
  {
    since: "2023.12.04",
    text: "process_worker_pool.py {debug} {max_workers} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} -m {mem_per_worker} --poll {poll_period} --task_port={task_port} --result_port={result_port} --logdir={logdir} --block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} --hb_threshold={heartbeat_threshold} --cpu-affinity {cpu_affinity} --available-accelerators {accelerators}"
  },
  {
    since: "2024.04.15",
    text: "process_worker_pool.py {debug} {max_workers_per_node} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} -m {mem_per_worker} --poll {poll_period} --task_port={task_port} --result_port={result_port} --cert_dir {cert_dir} --logdir={logdir} --block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} --hb_threshold={heartbeat_threshold} --drain_period={drain_period} --cpu-affinity {cpu_affinity} {enable_mpi_mode} --mpi-launcher={mpi_launcher} --available-accelerators {accelerators}"
  },
  {
    since: "2026.02.23",
    text: "process_worker_pool.py {debug} {max_workers_per_node} -a {addresses} -p {prefetch_capacity} -c {cores_per_worker} -m {mem_per_worker} --poll {poll_period} --port={worker_port} --cert_dir {cert_dir} --logdir={logdir} --block_id={{block_id}} --hb_period={heartbeat_period} {address_probe_timeout_string} --hb_threshold={heartbeat_threshold} --drain_period={drain_period} --cpu-affinity {cpu_affinity} {enable_mpi_mode} --mpi-launcher={mpi_launcher} --available-accelerators {accelerators}"
  }
];
function workerLaunch(executor, provider, catalog) {
  if (executor.className !== "HighThroughputExecutor") return void 0;
  if (truthy(param(executor, "launch_cmd", catalog))) return void 0;
  const launcher = providerLauncher(provider, catalog);
  if (!launcher) return void 0;
  const command = fillTemplate(templateFor(catalog.version), launchValues(executor, catalog));
  const launcherObject = provider.children.find((child) => child.entry.key === "launcher");
  return { launcher: launcher.className, command, perNode: perNode(launcher.className, launcherObject, blockNodes(provider, catalog), catalog) };
}
function templateFor(version) {
  return (TEMPLATES.filter((template) => template.since <= version).at(-1) ?? TEMPLATES[0]).text;
}
function fillTemplate(template, values) {
  return template.replace(
    /\{\{(\w+)\}\}|\{(\w+)\}/g,
    (whole, escaped, name) => escaped !== void 0 ? escaped === "block_id" ? "<block id>" : `{${escaped}}` : values.get(name) ?? whole
  );
}
function launchValues(executor, catalog) {
  const get = (name) => param(executor, name, catalog);
  const text = (name) => pythonStr(get(name));
  const has = (name) => catalog.lookup("executors", "HighThroughputExecutor")?.params.has(name) ?? false;
  const label = text("label");
  const logdir = `<run dir>/${label}`;
  const logdirRoot = get("worker_logdir_root");
  const address = get("address");
  const probe = get("address_probe_timeout");
  const values = /* @__PURE__ */ new Map([
    ["debug", truthy(get("worker_debug")) ? "--debug" : ""],
    ["addresses", truthy(address) ? pythonStr(address) : "<interchange addresses>"],
    ["prefetch_capacity", text("prefetch_capacity")],
    ["cores_per_worker", text("cores_per_worker")],
    ["mem_per_worker", text("mem_per_worker")],
    ["poll_period", text("poll_period")],
    // The interchange picks the ports and reports them to the executor before the format.
    ["task_port", "<task port>"],
    ["result_port", "<result port>"],
    ["worker_port", "<worker port>"],
    // `curvezmq.create_certificates(self.logdir)` when encrypted, else cert_dir stays None.
    ["cert_dir", has("encrypted") && truthy(get("encrypted")) ? `${logdir}/certificates` : "None"],
    ["logdir", logdirRoot && logdirRoot.kind !== "none" ? `${pythonStr(logdirRoot)}/${label}` : logdir],
    ["heartbeat_period", text("heartbeat_period")],
    ["heartbeat_threshold", text("heartbeat_threshold")],
    ["address_probe_timeout_string", truthy(probe) ? `--address_probe_timeout=${pythonStr(probe)}` : ""],
    ["drain_period", text("drain_period")],
    ["cpu_affinity", text("cpu_affinity")],
    // A constructor argument in 2024.04.15 only; later a class attribute, False, set by MPIExecutor.
    ["enable_mpi_mode", has("enable_mpi_mode") && truthy(get("enable_mpi_mode")) ? "--enable_mpi_mode " : ""],
    ["mpi_launcher", has("mpi_launcher") ? text("mpi_launcher") : "mpiexec"],
    ["accelerators", accelerators(get("available_accelerators"))],
    ["start_method", text("start_method")]
  ]);
  if (has("max_workers_per_node")) {
    const limit = ["max_workers_per_node", "max_workers"].filter(has).map(get).find(truthy);
    values.set("max_workers_per_node", limit && !isInfinite(limit) ? `--max_workers_per_node=${pythonStr(limit)}` : "");
  } else {
    const limit = get("max_workers");
    values.set("max_workers", isInfinite(limit) ? "" : `--max_workers=${pythonStr(limit)}`);
  }
  return values;
}
function accelerators(value) {
  if (value?.kind === "int") return Array.from({ length: Math.max(0, value.value) }, (_, index) => String(index)).join(" ");
  if (value?.kind === "seq") return value.items.map(pythonStr).join(" ");
  return pythonStr(value);
}
function blockNodes(provider, catalog) {
  if (provider.className === "AzureProvider" || provider.className === "GoogleCloudProvider") return 1;
  const nodes = numberSetting(provider, "nodes_per_block", catalog)?.value;
  return nodes !== void 0 && Number.isInteger(nodes) && nodes > 0 ? nodes : 1;
}
function perNode(className, launcher, nodes, catalog) {
  const option = (name) => launcher ? pythonStr(param(launcher, name, catalog)) : "";
  const idle = nodes > 2 ? `, none on the other ${nodes - 1} nodes` : nodes === 2 ? ", none on the other node" : "";
  const through = (...words) => `1 \xD7 process_worker_pool.py per node, from ${words.filter(Boolean).join(" ")}`;
  switch (className) {
    case "SingleNodeLauncher":
      return `${nodes} \xD7 process_worker_pool.py on the batch script's node${idle}`;
    case "SimpleLauncher":
      return `1 \xD7 process_worker_pool.py on the batch script's node${idle}`;
    case "WrappedLauncher":
      return `1 \xD7 ${option("prepend")} process_worker_pool.py on the batch script's node${idle}`;
    case "SrunLauncher":
      return through("srun --ntasks", String(nodes), "-l", option("overrides"), "bash cmd_$SLURM_JOB_NAME.sh");
    case "AprunLauncher":
      return through("aprun -n", String(nodes), "-N 1", option("overrides"), "/bin/bash cmd_$JOBNAME.sh");
    case "JsrunLauncher":
      return through("jsrun -n", String(nodes), "-r 1", option("overrides"), "/bin/bash cmd_$JOBNAME.sh");
    default:
      return `${nodes} \xD7 process_worker_pool.py spread over the block's ${nodes} node${nodes === 1 ? "" : "s"} by ${className}`;
  }
}
function param(object, name, catalog) {
  const entry = object.params.get(name);
  if (entry) return fromToml(entry.value);
  const spec = object.className ? catalog.lookup(object.group, object.className)?.params.get(name) : void 0;
  return spec?.default == null ? void 0 : fromDefault(spec);
}
function fromToml(node) {
  if (node.kind === "array") {
    const items = node.items.map(fromToml);
    return items.every((item) => item !== void 0) ? { kind: "seq", items } : void 0;
  }
  if (node.kind !== "scalar") return void 0;
  const { value } = node;
  if (typeof value === "string") return { kind: "str", value };
  if (typeof value === "boolean") return { kind: "bool", value };
  if (typeof value !== "number") return void 0;
  if (node.type === "float") return { kind: "float", value };
  return { kind: "int", value, text: Number.isSafeInteger(value) || node.literal === void 0 ? String(BigInt(value)) : node.literal };
}
function fromDefault(spec) {
  const source = spec.default?.trim();
  if (source === "float('inf')") return { kind: "float", value: Infinity };
  if (source === "()") return { kind: "seq", items: [] };
  const value = pythonDefault(spec);
  if (value === null) return { kind: "none" };
  if (typeof value === "boolean") return { kind: "bool", value };
  if (typeof value === "string") return { kind: "str", value };
  if (typeof value !== "number" || source === void 0) return void 0;
  const digits = source.replaceAll("_", "");
  return /^[+-]?\d+$/.test(digits) ? { kind: "int", value, text: String(BigInt(digits)) } : { kind: "float", value };
}
function truthy(value) {
  if (!value) return false;
  switch (value.kind) {
    case "none":
      return false;
    case "bool":
      return value.value;
    case "int":
    case "float":
      return value.value !== 0;
    case "str":
      return value.value !== "";
    case "seq":
      return value.items.length > 0;
  }
}
function isInfinite(value) {
  return value?.kind === "float" && value.value === Infinity;
}
function pythonStr(value) {
  if (!value) return "<unknown>";
  switch (value.kind) {
    case "none":
      return "None";
    case "bool":
      return value.value ? "True" : "False";
    case "int":
      return value.text;
    case "float":
      return pythonFloat(value.value);
    case "str":
      return value.value;
    case "seq":
      return `[${value.items.map((item) => item.kind === "str" ? `'${item.value}'` : pythonStr(item)).join(", ")}]`;
  }
}
function pythonFloat(value) {
  if (Number.isNaN(value)) return "nan";
  if (!Number.isFinite(value)) return value > 0 ? "inf" : "-inf";
  if (value === 0) return Object.is(value, -0) ? "-0.0" : "0.0";
  const [mantissa = "", exponentText = "0"] = Math.abs(value).toExponential().split("e");
  const digits = mantissa.replace(".", "");
  const exponent = Number(exponentText);
  const sign = value < 0 ? "-" : "";
  if (exponent < -4 || exponent >= 16) {
    const fraction2 = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${fraction2}e${exponent < 0 ? "-" : "+"}${String(Math.abs(exponent)).padStart(2, "0")}`;
  }
  if (exponent < 0) return `${sign}0.${"0".repeat(-exponent - 1)}${digits}`;
  const whole = digits.slice(0, exponent + 1).padEnd(exponent + 1, "0");
  const fraction = digits.slice(exponent + 1);
  return `${sign}${whole}.${fraction || "0"}`;
}

// src/model/job-plan.ts
function planJob(provider, executor, fields, catalog) {
  const number = (value) => typeof value === "number" ? value : void 0;
  const nodesPerBlock = number(fields["nodes_per_block"]);
  const coresPerNode = number(fields["cores_per_node"]) ?? number(fields["cpus_per_node"]);
  const walltime = typeof fields["walltime"] === "string" ? parslWalltimeToMinutes(fields["walltime"]) : void 0;
  const walltimeMinutes = walltime?.ok ? walltime.minutes : void 0;
  const maxBlocks = numberSetting(provider, "max_blocks", catalog)?.value;
  const known = [maxBlocks, nodesPerBlock, coresPerNode, walltimeMinutes];
  return {
    nodesPerBlock,
    coresPerNode,
    memoryPerNodeGB: number(fields["mem_per_node"]),
    walltimeMinutes,
    initBlocks: numberSetting(provider, "init_blocks", catalog)?.value,
    maxBlocks,
    workersPerNode: executor && workersPerNode(executor, catalog),
    maxCoreHours: known.every((value) => value !== void 0) ? maxBlocks * nodesPerBlock * coresPerNode * walltimeMinutes / 60 : void 0,
    workers: executor && workerLaunch(executor, provider, catalog)
  };
}
function workersPerNode(executor, catalog) {
  if (executor.className !== "HighThroughputExecutor") return void 0;
  const fit = workerFit(executor, catalog);
  if (!fit) return void 0;
  const limits = [fit.byCores, fit.byMemory, fit.maxWorkers?.setting.value].filter((limit) => limit !== void 0 && Number.isFinite(limit));
  return limits.length > 0 ? Math.min(...limits) : void 0;
}

// src/model/jobs.ts
function buildJobs(config, catalog, locate, site = {}) {
  const jobs = [];
  for (const provider of config.objects) {
    const scheduler = provider.group === "providers" && provider.table ? schedulerOf(provider.className) : void 0;
    if (!scheduler?.job) continue;
    const fields = fieldValues(provider, scheduler.job.fields, catalog);
    const script = scheduler.job.render(provider.className, fields, scriptContext(provider));
    const executor = config.executors.find((candidate) => candidate.provider === provider);
    const reading = scheduler.job.read(provider.className, script, site);
    jobs.push(new BoundJob(provider, executor, scheduler, fields, script, reading, planJob(provider, executor, fields, catalog), locate));
  }
  return jobs;
}
var BoundJob = class {
  constructor(provider, executor, scheduler, fields, script, reading, plan, locate) {
    this.provider = provider;
    this.executor = executor;
    this.scheduler = scheduler;
    this.fields = fields;
    this.script = script;
    this.reading = reading;
    this.plan = plan;
    this.locate = locate;
  }
  entry(field) {
    return this.provider.params.get(field);
  }
  lineOf(index) {
    return this.script.lines[index];
  }
  sourceSpan(span) {
    return this.inString(span)?.at;
  }
  sourceEdit(span, text) {
    const found = this.inString(span);
    const written = found?.string.stringStyle && tomlStringContent(found.string.stringStyle, text);
    return found && written !== void 0 ? replace(found.at, written) : void 0;
  }
  /** The string field a span of the script was copied from, and where in its value. */
  inString(span) {
    const inField = locateInField(this.script, span);
    const node = inField && this.provider.params.get(inField.field)?.value;
    if (!inField || node?.kind !== "scalar" || typeof node.value !== "string") return void 0;
    const string = node;
    return { string, at: this.locate(string).spanOf(inField.start, inField.end) };
  }
};
function fieldValues(provider, needed, catalog) {
  const values = releaseDefaults(provider.className, needed, catalog);
  for (const [names, accepts] of fieldTypes(needed)) {
    for (const name of names) {
      const node = provider.params.get(name)?.value;
      if (node?.kind === "scalar" && accepts(node.value)) values[name] = node.value;
    }
  }
  return values;
}
function releaseDefaults(providerClass, needed, catalog) {
  const spec = catalog.lookup("providers", providerClass);
  const values = {};
  for (const [names, accepts] of fieldTypes(needed)) {
    for (const name of names) {
      const param2 = spec?.params.get(name);
      const fallback = param2 ? pythonDefault(param2) : void 0;
      if (fallback !== void 0 && (fallback === null || accepts(fallback))) values[name] = fallback;
    }
  }
  return values;
}
var isString2 = (value) => typeof value === "string";
var isBoolean = (value) => typeof value === "boolean";
function fieldTypes(needed) {
  return [
    [needed.strings, isString2],
    [needed.integers, Number.isInteger],
    [needed.booleans, isBoolean]
  ];
}
function writtenExecutorLabel(provider) {
  const label = provider.parent?.params.get("label")?.value;
  return label?.kind === "scalar" && typeof label.value === "string" ? label.value : void 0;
}
function scriptContext(provider) {
  const executorLabel = writtenExecutorLabel(provider);
  return executorLabel === void 0 ? {} : { executorLabel };
}

export {
  stringLocator,
  locateString,
  isString,
  entrySpan,
  entryAnchor,
  buildModel,
  removeEntryLine,
  moveEntryEdits,
  replace,
  tomlBasicString,
  numberText,
  scalarText,
  numberSetting,
  booleanSetting,
  describeSetting,
  settingText,
  workerFit,
  providerLauncher,
  buildJobs,
  writtenExecutorLabel
};
