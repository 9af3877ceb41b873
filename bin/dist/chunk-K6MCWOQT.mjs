import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  OBJECT_KEYS,
  describeTarget,
  locateInField,
  parslWalltimeToMinutes,
  pythonDefault,
  schedulerOf
} from "./chunk-M337RX7I.mjs";

// src/document/strings.ts
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
  for (const param of params.values()) children.push(...objectsUnder(param, object, all));
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

// src/document/number-text.ts
function numberText(node) {
  const { value, literal } = node;
  if (typeof value !== "number" || literal === void 0) return String(value);
  const exact = node.type === "integer" ? Number.isSafeInteger(value) : Number.isFinite(value) && !/e/i.test(String(value));
  return exact ? String(value) : literal;
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
    maxCoreHours: known.every((value) => value !== void 0) ? maxBlocks * nodesPerBlock * coresPerNode * walltimeMinutes / 60 : void 0
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
function buildJobs(config, catalog, locate) {
  const jobs = [];
  for (const provider of config.objects) {
    const scheduler = provider.group === "providers" && provider.table ? schedulerOf(provider.className) : void 0;
    if (!scheduler?.job) continue;
    const fields = fieldValues(provider, scheduler.job.fields, catalog);
    const script = scheduler.job.render(provider.className, fields, scriptContext(provider));
    const executor = config.executors.find((candidate) => candidate.provider === provider);
    const job = { provider, executor, scheduler, fields, script, reading: scheduler.job.read(provider.className, script), plan: planJob(provider, executor, fields, catalog) };
    jobs.push(bindJob(job, locate));
  }
  return jobs;
}
function bindJob(job, locate) {
  const { provider, script } = job;
  return {
    ...job,
    entry: (field) => provider.params.get(field),
    lineOf: (index) => script.lines[index],
    sourceSpan(span) {
      const inField = locateInField(script, span);
      const node = inField && provider.params.get(inField.field)?.value;
      if (!inField || node?.kind !== "scalar" || typeof node.value !== "string") return void 0;
      return locate(node).spanOf(inField.start, inField.end);
    }
  };
}
function fieldValues(provider, needed, catalog) {
  const values = { ...releaseDefaults(provider.className, needed, catalog) };
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
      const param = spec?.params.get(name);
      const fallback = param ? pythonDefault(param) : void 0;
      if (fallback !== void 0 && (fallback === null || accepts(fallback))) values[name] = fallback;
    }
  }
  return values;
}
function fieldTypes(needed) {
  return [
    [needed.strings, (value) => typeof value === "string"],
    [needed.integers, (value) => Number.isInteger(value)],
    [needed.booleans, (value) => typeof value === "boolean"]
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
  locateString,
  isString,
  entrySpan,
  entryAnchor,
  buildModel,
  numberText,
  numberSetting,
  booleanSetting,
  describeSetting,
  settingText,
  workerFit,
  buildJobs,
  writtenExecutorLabel
};
