/**
 * A site's cluster profile: what the scheduler of one cluster accepts, per partition (time and
 * node limits, node sizes, allowed accounts and QOS) and which partition is the default. Written
 * by `parsl-lint cluster-profile` from `scontrol show partition` / `scontrol show node`
 * (src/site/scontrol.ts), read from TOML by src/site/profile-file.ts, and handed to the rules
 * through the linter's config (`profile = "cluster.toml"`, or a `[profile]` table).
 *
 * Every value remembers the line it was read from, so that a diagnostic can say which line of
 * the profile it judged by: a limit the site has since raised is then one edit away.
 */
/** Where a profile value was written: `cluster.toml:9: max_time = "1-00:00:00"`. */
export interface ProfileLine {
    /** The file as messages name it. */
    readonly file: string;
    readonly line: number;
    /** The line's text, trimmed. */
    readonly text: string;
}
export interface Cited<T> {
    readonly value: T;
    readonly from: ProfileLine;
}
export interface PartitionProfile {
    readonly name: string;
    /** The `[partitions.<name>]` header. */
    readonly from: ProfileLine;
    /** MaxTime in minutes; null: UNLIMITED. Absent: not in the profile. */
    readonly maxTime?: Cited<number | null>;
    /** MaxNodes; absent: UNLIMITED or not in the profile. */
    readonly maxNodes?: Cited<number>;
    /** How many nodes the partition has. */
    readonly nodes?: Cited<number>;
    /** AllowAccounts / DenyAccounts / AllowQos / DenyQos; absent: ALL (no restriction). */
    readonly allowAccounts?: Cited<readonly string[]>;
    readonly denyAccounts?: Cited<readonly string[]>;
    readonly allowQos?: Cited<readonly string[]>;
    readonly denyQos?: Cited<readonly string[]>;
    /** The CPUs and RealMemory (MB, as Slurm counts them: MiB) of the partition's largest node. */
    readonly maxNodeCpus?: Cited<number>;
    readonly maxNodeMemoryMb?: Cited<number>;
}
export interface ClusterProfile {
    readonly scheduler: 'slurm';
    /** The file as messages name it. */
    readonly file: string;
    readonly defaultPartition?: Cited<string>;
    readonly partitions: ReadonlyMap<string, PartitionProfile>;
}
/** How a message names the profile line it used: `(cluster.toml:9: max_time = "1-00:00:00")`. */
export declare function cite(from: ProfileLine): string;
