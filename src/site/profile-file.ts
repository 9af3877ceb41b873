/**
 * Reading a cluster profile from TOML: a file of its own (`profile = "cluster.toml"` in the
 * linter's config) or the `[profile]` table of the linter's config. The format is the one
 * `parsl-lint cluster-profile` writes (src/site/scontrol.ts):
 *
 *   scheduler = "slurm"
 *   default_partition = "debug"
 *   [partitions.debug]
 *   max_time = "1-00:00:00"          # MaxTime, or "UNLIMITED"
 *   max_nodes = 4                    # MaxNodes; left out when UNLIMITED
 *   allow_accounts = ["lab1"]        # or deny_accounts; allow_qos / deny_qos; left out for ALL
 *   max_node_cpus = 16               # the largest node's CPUs and RealMemory (MB)
 *   max_node_memory_mb = 131072
 *
 * The TOML is read with positions (src/document) so that every value keeps its line. A mistake
 * in the profile is a ProfileError: the caller turns it into a config error (exit code 2).
 */
import { parseDocument } from '../document/parse.js';
import { SourceText, type Span } from '../document/source.js';
import type { TomlEntry, TomlNode, TomlTable } from '../document/tree.js';
import { parseSlurmTime } from '../scheduler/slurm/values.js';
import { closestMatch } from '../suggest.js';
import type { Cited, ClusterProfile, PartitionProfile, ProfileLine } from './profile.js';

export class ProfileError extends Error {
  override readonly name = 'ProfileError';
}

const TOP_KEYS = ['scheduler', 'default_partition', 'partitions'];
const COUNT_KEYS = ['max_nodes', 'nodes', 'min_node_cpus', 'max_node_cpus', 'min_node_memory_mb', 'max_node_memory_mb'] as const;
const LIST_KEYS = ['allow_accounts', 'deny_accounts', 'allow_qos', 'deny_qos'] as const;
const TIME_KEYS = ['max_time', 'default_time'] as const;
const PARTITION_KEYS: readonly string[] = [...TIME_KEYS, ...COUNT_KEYS, ...LIST_KEYS];

/**
 * The profile in `text`. `file` is how messages name the file; `tablePath` the table that holds
 * the profile (`['profile']` inside the linter's config, `[]` for a file of its own).
 */
export function readProfile(text: string, file: string, tablePath: readonly string[] = []): ClusterProfile {
  const parsed = parseDocument(text);
  const source = new SourceText(text);
  if (!parsed.ok) throw new ProfileError(`${file}:${source.positionAt(parsed.error.offset).line}: ${parsed.error.message}`);
  let table: TomlTable = parsed.document.root;
  for (const key of tablePath) {
    const node = table.entries.get(key)?.value;
    if (node?.kind !== 'table') throw new ProfileError(`${file}: no [${tablePath.join('.')}] table`);
    table = node;
  }
  return new Reader(source, file, tablePath).profile(table);
}

class Reader {
  constructor(
    private readonly source: SourceText,
    private readonly file: string,
    private readonly tablePath: readonly string[],
  ) {}

  profile(table: TomlTable): ClusterProfile {
    this.checkKeys(table, TOP_KEYS, this.tablePath);
    const scheduler = table.entries.get('scheduler');
    if (scheduler && scheduler.value.kind === 'scalar' && scheduler.value.value !== 'slurm') {
      throw this.error(scheduler.value.span, `scheduler must be "slurm" (the only scheduler a profile describes so far), not ${JSON.stringify(scheduler.value.value)}`);
    }
    if (scheduler) this.string(scheduler);
    const partitionsEntry = table.entries.get('partitions');
    const partitions = new Map<string, PartitionProfile>();
    if (partitionsEntry) {
      if (partitionsEntry.value.kind !== 'table') throw this.error(partitionsEntry.keySpan, 'partitions must be a table of [partitions.<name>] tables');
      for (const [name, entry] of partitionsEntry.value.entries) partitions.set(name, this.partition(name, entry));
    }
    const defaultEntry = table.entries.get('default_partition');
    const defaultPartition = defaultEntry ? this.cited(defaultEntry, this.string(defaultEntry)) : undefined;
    if (defaultPartition && !partitions.has(defaultPartition.value)) {
      const guess = closestMatch(defaultPartition.value, partitions.keys());
      throw this.error(defaultEntry!.value.span, `default_partition "${defaultPartition.value}" is not among the [partitions]${guess ? `; did you mean "${guess}"?` : ''}`);
    }
    return { scheduler: 'slurm', file: this.file, ...(defaultPartition && { defaultPartition }), partitions };
  }

  private partition(name: string, entry: TomlEntry): PartitionProfile {
    if (entry.value.kind !== 'table') throw this.error(entry.keySpan, `partitions.${name} must be a table`);
    const table = entry.value;
    this.checkKeys(table, PARTITION_KEYS, [...this.tablePath, 'partitions', name]);
    const get = (key: string) => table.entries.get(key);
    const partition: Record<string, unknown> = { name, from: this.lineOf(table.span.start) };
    const maxTime = get('max_time');
    if (maxTime) partition['maxTime'] = this.cited(maxTime, this.minutes(maxTime));
    const defaultTime = get('default_time');
    if (defaultTime) this.string(defaultTime);
    const counts: Record<(typeof COUNT_KEYS)[number], string> = {
      max_nodes: 'maxNodes',
      nodes: 'nodes',
      min_node_cpus: 'minNodeCpus',
      max_node_cpus: 'maxNodeCpus',
      min_node_memory_mb: 'minNodeMemoryMb',
      max_node_memory_mb: 'maxNodeMemoryMb',
    };
    for (const key of COUNT_KEYS) {
      const found = get(key);
      if (found) partition[counts[key]] = this.cited(found, this.count(found));
    }
    const lists: Record<(typeof LIST_KEYS)[number], string> = { allow_accounts: 'allowAccounts', deny_accounts: 'denyAccounts', allow_qos: 'allowQos', deny_qos: 'denyQos' };
    for (const key of LIST_KEYS) {
      const found = get(key);
      if (found) partition[lists[key]] = this.cited(found, this.names(found));
    }
    return partition as unknown as PartitionProfile;
  }

  private checkKeys(table: TomlTable, known: readonly string[], where: readonly string[]): void {
    for (const [key, entry] of table.entries) {
      if (known.includes(key)) continue;
      const guess = closestMatch(key, known);
      const table = where.length > 0 ? ` in [${where.join('.')}]` : '';
      throw this.error(entry.keySpan, `unknown key "${key}"${table}${guess ? `; did you mean "${guess}"?` : `; the keys are: ${known.join(', ')}`}`);
    }
  }

  private string(entry: TomlEntry): string {
    const value = entry.value;
    if (value.kind === 'scalar' && typeof value.value === 'string') return value.value;
    throw this.error(value.span, `${entry.key} must be a string`);
  }

  /** A Slurm time limit as scontrol prints it (`1-00:00:00`, `UNLIMITED`), in minutes; null for none. */
  private minutes(entry: TomlEntry): number | null {
    const text = this.string(entry);
    const parsed = parseSlurmTime(text);
    if (!parsed.ok) throw this.error(entry.value.span, `${entry.key} = ${JSON.stringify(text)} is not a Slurm time limit (days-hours:minutes:seconds, hours:minutes:seconds, minutes, or "UNLIMITED")`);
    return parsed.value.unlimited ? null : parsed.value.minutes;
  }

  private count(entry: TomlEntry): number {
    const value = entry.value;
    if (value.kind === 'scalar' && value.type === 'integer' && typeof value.value === 'number' && value.value >= 0) return value.value;
    throw this.error(value.span, `${entry.key} must be a whole number, at least 0`);
  }

  private names(entry: TomlEntry): string[] {
    const value: TomlNode = entry.value;
    if (value.kind === 'array' && value.items.every((item) => item.kind === 'scalar' && typeof item.value === 'string')) {
      return value.items.map((item) => (item as { value: string }).value);
    }
    throw this.error(value.span, `${entry.key} must be an array of names`);
  }

  /** The value, cited as `key = value` as written (without a comment after it). */
  private cited<T>(entry: TomlEntry, value: T): Cited<T> {
    const written = this.source.text.slice(entry.keySpan.start, entry.value.span.end).replace(/\s+/g, ' ');
    return { value, from: { ...this.lineOf(entry.keySpan.start), text: written } };
  }

  private lineOf(offset: number): ProfileLine {
    const line = this.source.positionAt(offset).line;
    return { file: this.file, line, text: this.source.lineText(line).replace(/#.*$/, '').trim() };
  }

  private error(span: Span, message: string): ProfileError {
    return new ProfileError(`${this.file}:${this.source.positionAt(span.start).line}: ${message}`);
  }
}
