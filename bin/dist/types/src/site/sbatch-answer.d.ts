/**
 * What sbatch's answer to `--test-only` blames: the sbatch setting (or the text in the script)
 * that made it refuse the job, read from its stderr. The messages are Slurm's own
 * (`slurm_strerror()` texts in src/common/slurm_errno.c, and sbatch's option parsing), as
 * verified on Slurm 22.05.8 (test/site/sbatch-test.test.ts).
 */
export interface SbatchAnswer {
    readonly exitCode: number;
    readonly stderr: string;
}
export interface Blame {
    /** The sbatch setting the answer is about (`partition`, `mem-per-cpu`, ...), in the order to look for it. */
    readonly settings: readonly string[];
    /** Text of the script sbatch quotes (`--mem-per-cpus=8G`), to find where the user wrote it. */
    readonly quoted?: string;
}
export declare function blame(answer: SbatchAnswer): Blame;
/** sbatch's lines, without the `Try "sbatch --help"` hint, for a message. */
export declare function sbatchSays(answer: SbatchAnswer): string;
