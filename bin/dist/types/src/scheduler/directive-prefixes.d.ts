export interface DirectivePrefix {
    readonly prefix: string;
    /** The scheduler whose directive it is. */
    readonly scheduler: string;
}
/** The directive prefix a line starts with, after blanks, if any: `#PBS -l ...` → `#PBS`. */
export declare function directivePrefixOf(line: string): DirectivePrefix | undefined;
/** Every prefix some scheduler reads directives from, `#SLURM` (sbatch's old spelling) included. */
export declare const READ_PREFIXES: readonly string[];
