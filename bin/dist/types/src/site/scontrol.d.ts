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
export declare function parseOneliner(text: string): ScontrolRecord[];
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
    readonly nodeCpus?: {
        readonly min: number;
        readonly max: number;
    };
    readonly nodeMemoryMb?: {
        readonly min: number;
        readonly max: number;
    };
}
export interface ProfileSummary {
    readonly slurmVersion: string | undefined;
    readonly partitions: readonly PartitionSummary[];
}
/** What the profile keeps of the partition and node records. */
export declare function summarize(partitionRecords: readonly ScontrolRecord[], nodeRecords: readonly ScontrolRecord[]): ProfileSummary;
/** The profile as TOML, with comments that say where each value comes from. */
export declare function profileToml(summary: ProfileSummary, origin: string): string;
