/**
 * From `scontrol --all --oneliner show partition` and `scontrol --oneliner show node` to a
 * cluster profile in TOML (the format src/site/profile-file.ts reads).
 *
 * Each record is one line of `Key=Value` fields separated by blanks. A value may itself hold
 * blanks (`OS=Linux 6.1.0 #1 SMP ...`, `Reason=Not responding`) or `=` (`TRES=cpu=2,mem=24105M`),
 * so a field starts only where a blank is followed by a `Name=`. Field names and the values
 * read here are those slurm_sprint_partition_info() and slurm_sprint_node_table() print
 * (src/api/partition_info.c, src/api/node_info.c in SchedMD/slurm): `AllowAccounts=ALL` or a
 * list, or `DenyAccounts=<list>` instead (the same for Qos); `MaxTime=UNLIMITED` or
 * `[days-]hours:minutes:seconds`; `MaxNodes=UNLIMITED` or a number; `Default=YES|NO`;
 * per node `CPUTot` (and `CPUEfctv` from 22.05: the CPUs left to jobs after specialised cores),
 * `RealMemory` in MB and `Partitions=<list>`.
 */

export type ScontrolRecord = ReadonlyMap<string, string>;

/** The records of `scontrol --oneliner show ...` output, one per non-empty line. */
export function parseOneliner(text: string): ScontrolRecord[] {
  const records: ScontrolRecord[] = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '') continue;
    const fields = new Map<string, string>();
    const starts = [...line.matchAll(/(?:^|\s)([A-Za-z][A-Za-z0-9_:/.]*)=/g)];
    starts.forEach((match, index) => {
      const valueStart = match.index + match[0].length;
      const valueEnd = index + 1 < starts.length ? starts[index + 1]!.index : line.length;
      fields.set(match[1]!, line.slice(valueStart, valueEnd).trim());
    });
    if (fields.size > 0) records.push(fields);
  }
  return records;
}

export interface PartitionSummary {
  readonly name: string;
  readonly isDefault: boolean;
  readonly maxTime: string | undefined;
  readonly defaultTime: string | undefined;
  readonly maxNodes: number | undefined;
  readonly nodes: number | undefined;
  readonly allowAccounts?: readonly string[];
  readonly denyAccounts?: readonly string[];
  readonly allowQos?: readonly string[];
  readonly denyQos?: readonly string[];
  readonly nodeCpus?: { readonly min: number; readonly max: number };
  readonly nodeMemoryMb?: { readonly min: number; readonly max: number };
}

export interface ProfileSummary {
  readonly slurmVersion: string | undefined;
  readonly partitions: readonly PartitionSummary[];
}

/** What the profile keeps of the partition and node records. */
export function summarize(partitionRecords: readonly ScontrolRecord[], nodeRecords: readonly ScontrolRecord[]): ProfileSummary {
  const sizes = new Map<string, { cpus: number[]; memory: number[] }>();
  for (const node of nodeRecords) {
    const cpus = whole(node.get('CPUEfctv') ?? node.get('CPUTot') ?? node.get('CPUs'));
    const memory = whole(node.get('RealMemory'));
    for (const partition of list(node.get('Partitions'))) {
      const size = sizes.get(partition) ?? { cpus: [], memory: [] };
      if (cpus !== undefined) size.cpus.push(cpus);
      if (memory !== undefined) size.memory.push(memory);
      sizes.set(partition, size);
    }
  }
  const partitions = partitionRecords.flatMap((record): PartitionSummary[] => {
    const name = record.get('PartitionName');
    if (!name) return [];
    const size = sizes.get(name);
    return [
      {
        name,
        isDefault: record.get('Default') === 'YES',
        maxTime: record.get('MaxTime'),
        defaultTime: record.get('DefaultTime'),
        maxNodes: whole(record.get('MaxNodes')),
        nodes: whole(record.get('TotalNodes')),
        ...restriction('allowAccounts', record.get('AllowAccounts')),
        ...restriction('denyAccounts', record.get('DenyAccounts')),
        ...restriction('allowQos', record.get('AllowQos')),
        ...restriction('denyQos', record.get('DenyQos')),
        ...(size?.cpus.length && { nodeCpus: range(size.cpus) }),
        ...(size?.memory.length && { nodeMemoryMb: range(size.memory) }),
      },
    ];
  });
  return { slurmVersion: nodeRecords.map((node) => node.get('Version')).find(Boolean), partitions };
}

/** The profile as TOML, with comments that say where each value comes from. */
export function profileToml(summary: ProfileSummary, origin: string): string {
  const out = [
    '# Cluster profile for parsl-lint: what this Slurm cluster accepts, per partition.',
    `# Written by \`parsl-lint cluster-profile\` from ${origin}${summary.slurmVersion ? ` (Slurm ${summary.slurmVersion})` : ''}.`,
    '# Point the linter at it with `profile = "<this file>"` in parsl-lint.toml. Edit it when the site changes.',
    'scheduler = "slurm"',
  ];
  const byDefault = summary.partitions.find((partition) => partition.isDefault);
  if (byDefault) out.push(`default_partition = ${quote(byDefault.name)}  # Default=YES: jobs that name no partition go here`);
  else out.push('# No partition is Default=YES: a job that names none is refused.');
  for (const partition of summary.partitions) {
    out.push('', `[partitions.${bareKey(partition.name)}]`);
    if (partition.maxTime !== undefined) out.push(`max_time = ${quote(partition.maxTime)}  # MaxTime`);
    if (partition.defaultTime !== undefined && partition.defaultTime !== 'NONE') out.push(`default_time = ${quote(partition.defaultTime)}  # DefaultTime`);
    if (partition.maxNodes !== undefined) out.push(`max_nodes = ${partition.maxNodes}  # MaxNodes`);
    if (partition.nodes !== undefined) out.push(`nodes = ${partition.nodes}  # TotalNodes`);
    const lists = [
      ['allow_accounts', partition.allowAccounts, 'AllowAccounts'],
      ['deny_accounts', partition.denyAccounts, 'DenyAccounts'],
      ['allow_qos', partition.allowQos, 'AllowQos'],
      ['deny_qos', partition.denyQos, 'DenyQos'],
    ] as const;
    for (const [key, names, field] of lists) if (names) out.push(`${key} = [${names.map(quote).join(', ')}]  # ${field}`);
    if (partition.nodeCpus) out.push(`min_node_cpus = ${partition.nodeCpus.min}  # CPUs of the smallest node`, `max_node_cpus = ${partition.nodeCpus.max}  # CPUs of the largest node`);
    if (partition.nodeMemoryMb) {
      out.push(`min_node_memory_mb = ${partition.nodeMemoryMb.min}  # RealMemory (MB) of the smallest node`, `max_node_memory_mb = ${partition.nodeMemoryMb.max}  # RealMemory (MB) of the largest node`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** `ALL` (or nothing) restricts nothing; anything else is a comma-separated list. */
function restriction(key: string, value: string | undefined): Record<string, readonly string[]> {
  return value === undefined || value === 'ALL' || value === '' ? {} : { [key]: list(value) };
}

function list(value: string | undefined): string[] {
  return value === undefined || value === '(null)' ? [] : value.split(',').filter(Boolean);
}

/** A whole number; undefined for `UNLIMITED`, `N/A` and the like. */
function whole(value: string | undefined): number | undefined {
  return value !== undefined && /^\d+$/.test(value) ? Number(value) : undefined;
}

function range(values: readonly number[]): { min: number; max: number } {
  return { min: Math.min(...values), max: Math.max(...values) };
}

function quote(text: string): string {
  return JSON.stringify(text);
}

function bareKey(name: string): string {
  return /^[A-Za-z0-9_-]+$/.test(name) ? name : quote(name);
}
