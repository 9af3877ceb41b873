import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  writeNewFile
} from "./chunk-52WAHFW5.mjs";
import {
  ConfigResolver,
  cite,
  displayPath,
  loadConfig,
  walltimeText
} from "./chunk-6COYS2UR.mjs";
import "./chunk-QZA5WI5V.mjs";
import {
  closestMatch,
  describeTarget,
  parslCatalog,
  resolveTarget
} from "./chunk-ESK643ZF.mjs";
import {
  UsageError
} from "./chunk-VEXKXS5Y.mjs";
import "./chunk-PJW54T6R.mjs";
import "./chunk-O4YHJOK5.mjs";
import "./chunk-NGYD4W62.mjs";

// src/cli/init.ts
import path from "node:path";
import { createInterface } from "node:readline";

// src/init/generate.ts
var InitError = class extends Error {
  name = "InitError";
};
var PROVIDER_PARAMETERS = ["partition", "account", "nodes_per_block", "cores_per_node", "mem_per_node", "walltime", "exclusive", "max_blocks", "worker_init"];
function generateConfig(requirements2, target, profile) {
  checkParameters(target);
  const partitionNote = profile ? checkProfile(requirements2, profile) : void 0;
  const { workers, cpus, memGb, walltimeMinutes, env, partition, account } = requirements2;
  const walltime = walltimeText(walltimeMinutes);
  const value2 = (text) => JSON.stringify(text);
  const lines = {
    partition: partition !== void 0 ? `partition = ${value2(partition)}  # the Slurm partition the jobs go to` : void 0,
    account: account !== void 0 ? `account = ${value2(account)}  # the account the jobs are charged to` : void 0,
    nodes_per_block: "nodes_per_block = 1  # each job (block) is one node",
    cores_per_node: `cores_per_node = ${cpus}  # CPUs per job: #SBATCH --cpus-per-task=${cpus}`,
    mem_per_node: `mem_per_node = ${memGb}  # memory per job in GB: #SBATCH --mem=${memGb}g`,
    walltime: `walltime = ${value2(walltime)}  # time limit per job, HH:MM:SS: #SBATCH --time=${walltimeMinutes}`,
    exclusive: "exclusive = true  # parsl's default: each job takes its whole node; false shares the node with other jobs",
    max_blocks: `max_blocks = ${workers}  # at most ${workers} job${workers === 1 ? "" : "s"} at once`,
    worker_init: `worker_init = ${value2(`source ~/.bashrc && conda activate ${env}`)}`
  };
  return [
    `# parsl config for ${describeTarget(target)}, written by \`parsl-lint init\`.`,
    `# ${workers} job${workers === 1 ? "" : "s"} at once, each with ${cpus} CPUs, ${memGb} GB and ${walltime} on Slurm; environment ${env}.`,
    "# Use it with: qiime <plugin> <action> ... --parallel-config <this file>",
    "[parsl]",
    "",
    '# One executor labelled "default": QIIME 2 runs every action there unless a mapping says otherwise.',
    "[[parsl.executors]]",
    'class = "HighThroughputExecutor"',
    'label = "default"',
    "",
    '# The workers run in Slurm jobs ("blocks"), started when there is work and stopped when there is none.',
    "[parsl.executors.provider]",
    'class = "SlurmProvider"',
    ...partitionNote ? [partitionNote] : [],
    ...PROVIDER_PARAMETERS.flatMap((name2) => {
      const line = lines[name2];
      if (line === void 0) return [];
      return name2 === "worker_init" ? ["# Each job starts in a fresh shell: load conda's shell hook, then the environment.", line] : [line];
    }),
    ""
  ].join("\n");
}
function checkParameters(target) {
  const catalog = parslCatalog(target.parsl);
  const provider = catalog.lookup("providers", "SlurmProvider");
  const executor = catalog.lookup("executors", "HighThroughputExecutor");
  if (!provider || !executor) throw new InitError(`${describeTarget(target)} has no SlurmProvider or HighThroughputExecutor`);
  const missing = PROVIDER_PARAMETERS.filter((name2) => !provider.params.has(name2));
  if (missing.length > 0) throw new InitError(`SlurmProvider in ${describeTarget(target)} has no ${missing.join(", ")}`);
}
function checkProfile(requirements2, profile) {
  const name2 = requirements2.partition ?? profile.defaultPartition?.value;
  if (name2 === void 0) {
    const names = [...profile.partitions.keys()].join(", ");
    throw new InitError(`this cluster has no default partition (${profile.file}); choose one with --partition (${names})`);
  }
  const partition = profile.partitions.get(name2);
  if (!partition) {
    const guess = closestMatch(name2, profile.partitions.keys());
    throw new InitError(`this cluster has no partition "${name2}" (${profile.file})${guess ? `; did you mean "${guess}"?` : `; its partitions are ${[...profile.partitions.keys()].join(", ")}`}`);
  }
  const { maxTime, maxNodeCpus, maxNodeMemoryMb, allowAccounts, denyAccounts } = partition;
  if (maxTime && maxTime.value !== null && requirements2.walltimeMinutes > maxTime.value) {
    throw new InitError(`--walltime ${walltimeText(requirements2.walltimeMinutes)} is longer than the MaxTime of partition "${name2}", ${walltimeText(maxTime.value)} ${cite(maxTime.from)}`);
  }
  if (maxNodeCpus && requirements2.cpus > maxNodeCpus.value) {
    throw new InitError(`--cpus ${requirements2.cpus} is more than the largest node of partition "${name2}" has, ${maxNodeCpus.value} ${cite(maxNodeCpus.from)}`);
  }
  if (maxNodeMemoryMb && requirements2.memGb * 1024 > maxNodeMemoryMb.value) {
    throw new InitError(`--mem ${requirements2.memGb}GB is more than the largest node of partition "${name2}" has, ${Math.floor(maxNodeMemoryMb.value / 1024)} GB ${cite(maxNodeMemoryMb.from)}`);
  }
  const account = requirements2.account;
  if (account !== void 0 && (allowAccounts && !allowAccounts.value.includes(account) || denyAccounts?.value.includes(account))) {
    throw new InitError(`account "${account}" may not use partition "${name2}" ${cite((allowAccounts ?? denyAccounts).from)}`);
  }
  return requirements2.partition === void 0 ? `# No partition: the jobs go to the cluster's default, "${name2}" (${profile.file}).` : void 0;
}

// src/init/quantities.ts
var MEMORY_UNITS = { m: 1 / 1024, g: 1, t: 1024 };
function parseMemoryGb(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([mgt])(?:i?b)?\s*$/i.exec(text);
  if (!match) return { ok: false, reason: `"${text}" is not an amount of memory; write it with a unit, e.g. 96GB, 96G or 512MB` };
  const gb = Number(match[1]) * MEMORY_UNITS[match[2].toLowerCase()];
  if (!Number.isInteger(gb) || gb < 1) return { ok: false, reason: `${text} is not a whole number of GB, which is what parsl's mem_per_node takes` };
  return { ok: true, value: gb };
}
function parseWalltimeMinutes(text) {
  const trimmed = text.trim();
  const units = /^(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/i.exec(trimmed);
  const dayClock = /^(\d+)-(\d+)(?::(\d+))?(?::(\d+))?$/.exec(trimmed);
  const clock = /^(\d+):(\d+):(\d+)$/.exec(trimmed);
  let minutes;
  if (units && trimmed !== "") minutes = n(units[1]) * 1440 + n(units[2]) * 60 + n(units[3]);
  else if (dayClock) minutes = n(dayClock[1]) * 1440 + n(dayClock[2]) * 60 + n(dayClock[3]) + Math.ceil(n(dayClock[4]) / 60);
  else if (clock) minutes = n(clock[1]) * 60 + n(clock[2]) + Math.ceil(n(clock[3]) / 60);
  if (minutes === void 0) return { ok: false, reason: `"${text}" is not a time limit; write e.g. 24h, 2d, 90m, 1-12:00:00 or 24:00:00` };
  if (minutes < 1) return { ok: false, reason: `${text} is less than a minute` };
  return { ok: true, value: minutes };
}
function n(text) {
  return text === void 0 ? 0 : Number(text);
}

// src/cli/init.ts
var REQUIRED = ["workers", "cpus", "mem", "walltime", "env"];
var QUESTIONS = {
  workers: "How many jobs (workers) may run at once? ",
  cpus: "CPUs per job? ",
  mem: "Memory per job (e.g. 96GB)? ",
  walltime: "Time limit per job (e.g. 24h, 2d, 1-12:00:00)? ",
  env: "Conda environment the workers activate (e.g. q2-moshpit-2025.10)? ",
  partition: "Slurm partition (empty: the cluster's default)? ",
  account: "Slurm account (empty: your default)? "
};
async function init(given, ruleIds, cwd) {
  const flags = await completeFlags(given);
  let target;
  try {
    target = resolveTarget({ qiime2: flags.qiime2 });
  } catch (error) {
    throw new UsageError(error.message);
  }
  const output = flags.output === void 0 ? void 0 : path.resolve(cwd, flags.output);
  const config = await new ConfigResolver((file) => loadConfig(file, ruleIds, displayPath(file, cwd))).forFile(output ?? path.join(cwd, "parsl.toml"));
  let text;
  try {
    text = generateConfig(requirements(flags), target, config.profile);
  } catch (error) {
    if (error instanceof InitError) throw new UsageError(error.message);
    throw error;
  }
  if (output === void 0) {
    process.stdout.write(text);
  } else {
    await writeNewFile(output, text, flags.force, flags.output);
    process.stderr.write(`parsl-lint: wrote ${flags.output}; check it with: parsl-lint ${flags.output}
`);
  }
  return 0;
}
async function completeFlags(given) {
  const missing = REQUIRED.filter((name2) => given[name2] === void 0);
  if (missing.length === 0) return given;
  if (!process.stdin.isTTY || !process.stdout.isTTY) {
    throw new UsageError(`init needs ${missing.map((name2) => `--${name2}`).join(", ")} (or run it on a terminal to be asked), e.g. parsl-lint init --scheduler slurm --workers 25 --cpus 12 --mem 96GB --walltime 24h --env q2-moshpit-2025.10`);
  }
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  const lines = terminal[Symbol.asyncIterator]();
  try {
    const answers = {};
    for (const name2 of [...missing, ...["partition", "account"].filter((name3) => given[name3] === void 0)]) {
      process.stdout.write(QUESTIONS[name2]);
      const line = await lines.next();
      if (line.done) throw new UsageError("init: no answer (end of input)");
      const answer = String(line.value).trim();
      if (answer !== "") answers[name2] = answer;
    }
    return { ...given, ...answers };
  } finally {
    terminal.close();
  }
}
function requirements(flags) {
  const scheduler = flags.scheduler ?? "slurm";
  if (scheduler.toLowerCase() !== "slurm") throw new UsageError(`--scheduler ${scheduler}: init writes Slurm configs only so far`);
  const env = flags.env ?? "";
  if (!/^[\w.+~/-]+$/.test(env)) throw new UsageError(`--env "${env}" is not a conda environment name or path (letters, digits, . _ - + / ~)`);
  return {
    scheduler: "slurm",
    workers: count(flags.workers, "workers"),
    cpus: count(flags.cpus, "cpus"),
    memGb: value(parseMemoryGb(flags.mem ?? ""), "mem"),
    walltimeMinutes: value(parseWalltimeMinutes(flags.walltime ?? ""), "walltime"),
    env,
    ...flags.partition !== void 0 && { partition: name(flags.partition, "partition") },
    ...flags.account !== void 0 && { account: name(flags.account, "account") }
  };
}
function count(text, flag) {
  if (text === void 0 || !/^\d+$/.test(text) || Number(text) < 1) throw new UsageError(`--${flag} must be a whole number, at least 1, not "${text ?? ""}"`);
  return Number(text);
}
function value(parsed, flag) {
  if (!parsed.ok) throw new UsageError(`--${flag}: ${parsed.reason}`);
  return parsed.value;
}
function name(text, flag) {
  if (!/^[\w.-]+$/.test(text)) throw new UsageError(`--${flag} "${text}" is not a Slurm ${flag} name`);
  return text;
}
export {
  init
};
