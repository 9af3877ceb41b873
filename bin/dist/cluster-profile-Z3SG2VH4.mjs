import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  writeNewFile
} from "./chunk-52WAHFW5.mjs";
import {
  CommandFailed,
  runCommand
} from "./chunk-6YIG3VQF.mjs";
import {
  UsageError
} from "./chunk-VEXKXS5Y.mjs";
import "./chunk-NGYD4W62.mjs";

// src/cli/cluster-profile.ts
import { readFile } from "node:fs/promises";
import path from "node:path";

// src/site/scontrol.ts
function parseOneliner(text) {
  const records = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === "") continue;
    const fields = /* @__PURE__ */ new Map();
    const starts = [...line.matchAll(/(?:^|\s)([A-Za-z][A-Za-z0-9_:/.]*)=/g)];
    starts.forEach((match, index) => {
      const valueStart = match.index + match[0].length;
      const valueEnd = index + 1 < starts.length ? starts[index + 1].index : line.length;
      fields.set(match[1], line.slice(valueStart, valueEnd).trim());
    });
    if (fields.size > 0) records.push(fields);
  }
  return records;
}
function summarize(partitionRecords, nodeRecords) {
  const sizes = /* @__PURE__ */ new Map();
  for (const node of nodeRecords) {
    const cpus = whole(node.get("CPUEfctv") ?? node.get("CPUTot") ?? node.get("CPUs"));
    const memory = whole(node.get("RealMemory"));
    for (const partition of list(node.get("Partitions"))) {
      const size = sizes.get(partition) ?? { cpus: [], memory: [] };
      if (cpus !== void 0) size.cpus.push(cpus);
      if (memory !== void 0) size.memory.push(memory);
      sizes.set(partition, size);
    }
  }
  const partitions = partitionRecords.flatMap((record) => {
    const name = record.get("PartitionName");
    if (!name) return [];
    const size = sizes.get(name);
    return [
      {
        name,
        isDefault: record.get("Default") === "YES",
        maxTime: record.get("MaxTime"),
        defaultTime: record.get("DefaultTime"),
        maxNodes: whole(record.get("MaxNodes")),
        nodes: whole(record.get("TotalNodes")),
        ...restriction("allowAccounts", record.get("AllowAccounts")),
        ...restriction("denyAccounts", record.get("DenyAccounts")),
        ...restriction("allowQos", record.get("AllowQos")),
        ...restriction("denyQos", record.get("DenyQos")),
        ...size?.cpus.length && { nodeCpus: range(size.cpus) },
        ...size?.memory.length && { nodeMemoryMb: range(size.memory) }
      }
    ];
  });
  return { slurmVersion: nodeRecords.map((node) => node.get("Version")).find(Boolean), partitions };
}
function profileToml(summary, origin) {
  const out = [
    "# Cluster profile for parsl-lint: what this Slurm cluster accepts, per partition.",
    `# Written by \`parsl-lint cluster-profile\` from ${origin}${summary.slurmVersion ? ` (Slurm ${summary.slurmVersion})` : ""}.`,
    '# Point the linter at it with `profile = "<this file>"` in parsl-lint.toml. Edit it when the site changes.',
    'scheduler = "slurm"'
  ];
  const byDefault = summary.partitions.find((partition) => partition.isDefault);
  if (byDefault) out.push(`default_partition = ${quote(byDefault.name)}  # Default=YES: jobs that name no partition go here`);
  else out.push("# No partition is Default=YES: a job that names none is refused.");
  for (const partition of summary.partitions) {
    out.push("", `[partitions.${bareKey(partition.name)}]`);
    if (partition.maxTime !== void 0) out.push(`max_time = ${quote(partition.maxTime)}  # MaxTime`);
    if (partition.defaultTime !== void 0 && partition.defaultTime !== "NONE") out.push(`default_time = ${quote(partition.defaultTime)}  # DefaultTime`);
    if (partition.maxNodes !== void 0) out.push(`max_nodes = ${partition.maxNodes}  # MaxNodes`);
    if (partition.nodes !== void 0) out.push(`nodes = ${partition.nodes}  # TotalNodes`);
    const lists = [
      ["allow_accounts", partition.allowAccounts, "AllowAccounts"],
      ["deny_accounts", partition.denyAccounts, "DenyAccounts"],
      ["allow_qos", partition.allowQos, "AllowQos"],
      ["deny_qos", partition.denyQos, "DenyQos"]
    ];
    for (const [key, names, field] of lists) if (names) out.push(`${key} = [${names.map(quote).join(", ")}]  # ${field}`);
    if (partition.nodeCpus) out.push(`min_node_cpus = ${partition.nodeCpus.min}  # CPUs of the smallest node`, `max_node_cpus = ${partition.nodeCpus.max}  # CPUs of the largest node`);
    if (partition.nodeMemoryMb) {
      out.push(`min_node_memory_mb = ${partition.nodeMemoryMb.min}  # RealMemory (MB) of the smallest node`, `max_node_memory_mb = ${partition.nodeMemoryMb.max}  # RealMemory (MB) of the largest node`);
    }
  }
  return `${out.join("\n")}
`;
}
function restriction(key, value) {
  return value === void 0 || value === "ALL" || value === "" ? {} : { [key]: list(value) };
}
function list(value) {
  return value === void 0 || value === "(null)" ? [] : value.split(",").filter(Boolean);
}
function whole(value) {
  return value !== void 0 && /^\d+$/.test(value) ? Number(value) : void 0;
}
function range(values) {
  return { min: Math.min(...values), max: Math.max(...values) };
}
function quote(text) {
  return JSON.stringify(text);
}
function bareKey(name) {
  return /^[A-Za-z0-9_-]+$/.test(name) ? name : quote(name);
}

// src/cli/cluster-profile.ts
var SCONTROL_TIMEOUT_MS = 3e4;
async function clusterProfile(request, cwd) {
  const { records, origin } = request.files.length > 0 ? await fromFiles(request.files, cwd) : await fromScontrol();
  const partitions = records.filter((record) => record.has("PartitionName"));
  const nodes = records.filter((record) => record.has("NodeName"));
  if (partitions.length === 0) throw new UsageError(`no partition in ${origin} (expected lines of \`scontrol --all --oneliner show partition\`)`);
  if (nodes.length === 0) throw new UsageError(`no node in ${origin} (expected lines of \`scontrol --oneliner show node\` too)`);
  const text = profileToml(summarize(partitions, nodes), origin);
  if (request.output === void 0) {
    process.stdout.write(text);
  } else {
    await writeNewFile(path.resolve(cwd, request.output), text, request.force, request.output);
    process.stderr.write(`parsl-lint: wrote ${request.output} (${partitions.length} partition${partitions.length === 1 ? "" : "s"}, ${nodes.length} node${nodes.length === 1 ? "" : "s"}); point parsl-lint.toml at it with profile = "${request.output}"
`);
  }
  return 0;
}
async function fromFiles(files, cwd) {
  const records = [];
  for (const file of files) {
    const text = await readFile(path.resolve(cwd, file), "utf8").catch((error) => {
      throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
    });
    records.push(...parseOneliner(text));
  }
  return { records, origin: files.join(" and ") };
}
async function fromScontrol() {
  const records = [];
  for (const args of [["--all", "--oneliner", "show", "partition"], ["--oneliner", "show", "node"]]) {
    let result;
    try {
      result = await runCommand("scontrol", args, SCONTROL_TIMEOUT_MS);
    } catch (error) {
      if (!(error instanceof CommandFailed)) throw error;
      if (error.reason === "not-installed") throw new UsageError("scontrol is not installed here; run this on a login node of the cluster, or give files of `scontrol --all --oneliner show partition` and `scontrol --oneliner show node` output");
      throw new UsageError(`scontrol ${args.join(" ")}: ${error.message}`);
    }
    if (result.exitCode !== 0) throw new UsageError(`scontrol ${args.join(" ")} failed: ${result.stderr.trim().split("\n")[0] ?? `exit code ${result.exitCode}`}`);
    records.push(...parseOneliner(result.stdout));
  }
  return { records, origin: "`scontrol --all --oneliner show partition` and `scontrol --oneliner show node`" };
}
export {
  clusterProfile
};
