export interface InitFlags {
    readonly scheduler?: string;
    readonly workers?: string;
    readonly cpus?: string;
    readonly mem?: string;
    readonly walltime?: string;
    readonly env?: string;
    readonly partition?: string;
    readonly account?: string;
    readonly qiime2?: string;
    readonly output?: string;
    readonly force: boolean;
}
export declare function init(given: InitFlags, ruleIds: readonly string[], cwd: string): Promise<number>;
