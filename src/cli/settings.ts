/**
 * The settings each file is linted with: those of its config file (the closest one, the one given
 * with --config, or none with --no-config), with the command line's flags over them.
 */
import { ruleNames } from '../engine/rule-names.js';
import path from 'node:path';
import { describeSubstitution, resolveTarget } from '../catalog/index.js';
import { NO_CONFIG, ConfigError, type LinterConfig } from '../config/config.js';
import { ConfigResolver } from '../config/discover.js';
import { globMatcher } from '../config/globs.js';
import { loadConfig } from '../config/load.js';
import type { LintOptions } from '../engine/lint.js';
import type { Rule } from '../engine/rule.js';
import { UsageError } from './errors.js';
import { displayPath } from './files.js';
import type { CliOptions } from './options.js';
import type { SlurmRelease } from '../scheduler/slurm/options.js';
import { describeSlurmSubstitution, resolveSlurmRelease } from '../scheduler/slurm/releases.js';

export interface FileSettings {
  readonly config: LinterConfig;
  readonly lintOptions: LintOptions;
  readonly excluded: (file: string) => boolean;
  /** undefined without `include` globs: a file found in a directory is linted if it looks like a parsl config. */
  readonly included: ((file: string) => boolean) | undefined;
}

export class SettingsFinder {
  private readonly findConfig: (file: string) => Promise<LinterConfig>;
  private readonly byConfig = new Map<LinterConfig, Promise<FileSettings>>();

  /** Notes already given, so that each is said once however many config files ask for it. */
  private readonly said = new Set<string>();

  constructor(
    private readonly options: CliOptions,
    private readonly rules: readonly Rule[],
    private readonly cwd: string,
    private readonly notify: (message: string) => void = (message) => process.stderr.write(`parsl-lint: ${message}\n`),
  ) {
    const ruleIds = [...ruleNames(rules).keys()];
    const load = (file: string) => loadConfig(file, ruleIds, displayPath(file, cwd));
    if (options.config === false) {
      this.findConfig = async () => NO_CONFIG;
    } else if (options.config !== undefined) {
      const file = path.resolve(cwd, options.config);
      let config: Promise<LinterConfig> | undefined;
      this.findConfig = () =>
        (config ??= load(file).then((found) => {
          if (!found) throw new ConfigError(`${options.config}: no such file${path.basename(file) === 'pyproject.toml' ? ', or no [tool.parsl-lint] table in it' : ''}`);
          return found;
        }));
    } else {
      const resolver = new ConfigResolver(load);
      this.findConfig = (file) => resolver.forFile(file);
    }
  }

  async forFile(file: string): Promise<FileSettings> {
    const config = await this.findConfig(file);
    let settings = this.byConfig.get(config);
    if (!settings) {
      settings = this.settingsOf(config);
      this.byConfig.set(config, settings);
    }
    return settings;
  }

  private async settingsOf(config: LinterConfig): Promise<FileSettings> {
    const base = config.file ? path.dirname(config.file) : this.cwd;
    return {
      config,
      lintOptions: {
        rules: this.rules,
        target: this.target(config),
        settings: new Map([...config.rules, ...this.options.settings]),
        inlineConfig: this.options.inlineConfig,
        requiredFields: config.required,
        profile: config.profile,
        slurmPluginOptions: config.slurmPluginOptions,
        ...this.slurmRelease(config),
      },
      excluded: await globMatcher(config.exclude, base),
      included: config.include.length > 0 ? await globMatcher(config.include, base) : undefined,
    };
  }

  /** A flag replaces the same key of the config. An uncatalogued parsl version is said once. */
  private target(config: LinterConfig) {
    let target;
    try {
      target = resolveTarget({ qiime2: this.options.qiime2 ?? config.qiime2, parsl: this.options.parsl ?? config.parsl });
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    this.sayOnce(describeSubstitution(target));
    return target;
  }

  /** The flag replaces the config's `[slurm] release`. An uncatalogued release is said once. */
  private slurmRelease(config: LinterConfig): { slurmRelease?: SlurmRelease } {
    const asked = this.options.slurm ?? config.slurmRelease;
    if (asked === undefined) return {};
    let resolved;
    try {
      resolved = resolveSlurmRelease(asked);
    } catch (error) {
      throw new UsageError((error as Error).message);
    }
    this.sayOnce(describeSlurmSubstitution(resolved));
    return { slurmRelease: resolved.release };
  }

  private sayOnce(note: string | undefined): void {
    if (note !== undefined && !this.said.has(note)) {
      this.said.add(note);
      this.notify(note);
    }
  }
}

/** What --print-config shows: the settings in force for a file, and where they come from. */
export function describeSettings(settings: FileSettings, cwd: string): string {
  const { config, lintOptions } = settings;
  const description = {
    configFile: config.file ? displayPath(config.file, cwd) : null,
    qiime2: lintOptions.target.qiime2?.version ?? null,
    parsl: lintOptions.target.parsl,
    slurm: lintOptions.slurmRelease ?? null,
    rules: Object.fromEntries(lintOptions.rules.map((rule) => [rule.meta.id, lintOptions.settings?.get(rule.meta.id) ?? rule.meta.severity])),
    include: config.include,
    exclude: config.exclude,
    required: config.required,
    profile: config.profile ? config.profile.file : null,
    slurmPluginOptions: config.slurmPluginOptions,
    inlineConfig: lintOptions.inlineConfig,
  };
  return `${JSON.stringify(description, null, 2)}\n`;
}
