import { type LinterConfig } from '../config/config.js';
import type { LintOptions } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import type { CliOptions } from './options.js';
export interface FileSettings {
    readonly config: LinterConfig;
    readonly lintOptions: LintOptions;
    readonly excluded: (file: string) => boolean;
    /** undefined without `include` globs: a file found in a directory is linted if it looks like a parsl config. */
    readonly included: ((file: string) => boolean) | undefined;
}
export declare class SettingsFinder {
    private readonly options;
    private readonly rules;
    private readonly cwd;
    private readonly notify;
    private readonly findConfig;
    private readonly byConfig;
    /** Notes already given, so that each is said once however many config files ask for it. */
    private readonly said;
    constructor(options: CliOptions, rules: readonly Rule[], cwd: string, notify?: (message: string) => void);
    forFile(file: string): Promise<FileSettings>;
    private settingsOf;
    /** A flag replaces the same key of the config. An uncatalogued parsl version is said once. */
    private target;
    /** The flag replaces the config's `[slurm] release`. An uncatalogued release is said once. */
    private slurmRelease;
    private sayOnce;
}
/** What --print-config shows: the settings in force for a file, and where they come from. */
export declare function describeSettings(settings: FileSettings, cwd: string): string;
