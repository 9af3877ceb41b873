/**
 * The linter's own settings, as read from `parsl-lint.toml`, `.parsl-lint.toml` or the
 * `[tool.parsl-lint]` table of `pyproject.toml`:
 *
 *   qiime2 = "2024.10"                  # the release to judge against (or parsl = "2024.10.14")
 *   include = ["cluster/*.toml"]        # the TOML files a directory walk lints
 *   exclude = ["legacy/**"]             # files never linted, even when named
 *   [rules]
 *   missing-walltime = "off"            # off | info | warning | error
 *   [required]
 *   SlurmProvider = ["partition", "account"]
 *   profile = "cluster.toml"          # the site's cluster profile (or a [profile] table)
 *   [slurm]
 *   plugin-options = ["container-image"]  # long options the site's SPANK plugins add to sbatch
 *   release = "23.02"                   # the site's Slurm release (sbatch --version)
 */
import type { RuleSetting } from '../engine/lint.js';
import type { RequiredFields } from '../engine/rule.js';
import type { ClusterProfile } from '../site/profile.js';
export interface LinterConfig {
    /** The file the settings come from; undefined when there is none (or with --no-config). */
    readonly file: string | undefined;
    readonly rules: ReadonlyMap<string, RuleSetting>;
    readonly qiime2: string | undefined;
    readonly parsl: string | undefined;
    /** Globs relative to the config file's folder. */
    readonly include: readonly string[];
    readonly exclude: readonly string[];
    readonly required: RequiredFields;
    /** The site's cluster profile (src/site/profile.ts), from `profile`. */
    readonly profile?: ClusterProfile;
    /** Long sbatch options the site's SPANK plugins add (`container-image`), from `[slurm] plugin-options`. */
    readonly slurmPluginOptions: readonly string[];
    /** The site's Slurm release as written in `[slurm] release` (checked, not yet resolved). */
    readonly slurmRelease: string | undefined;
}
export declare const NO_CONFIG: LinterConfig;
/** A config file that cannot be read or is wrong: exit code 2, one line that names the file. */
export declare class ConfigError extends Error {
    readonly name = "ConfigError";
}
