/**
 * Options set more than once in one job, and which value the scheduler keeps. Each scheduler's
 * header.ts decides the order (its precedence rules differ); this module only records the result
 * in one shape for the rules.
 */
import type { Span } from '../document/source.js';

export interface WrittenSetting {
  /** What the scheduler treats as one setting: `-N`, `-l walltime`. */
  readonly key: string;
  /** As written, for messages: `-l walltime=48:00:00`. */
  readonly text: string;
  /** Where it is in the script; absent for an option on the submit command's line. */
  readonly span?: Span;
  /** 0-based line in the script. */
  readonly line?: number;
  /** For an option on the submit command's line: the provider field parsl took it from. */
  readonly field?: string;
}

export interface SettingOverride {
  readonly key: string;
  /** The setting whose value is lost. */
  readonly lost: WrittenSetting;
  /** The setting whose value the scheduler keeps. */
  readonly kept: WrittenSetting;
  /** Why `kept` wins, for messages. */
  readonly why: string;
}

/** Every earlier setting of a key loses to the last one. */
export function lastWins(settings: readonly WrittenSetting[], why: string): SettingOverride[] {
  // One map, not a search per setting: a header of thousands of lines stays linear.
  const last = new Map<string, WrittenSetting>();
  for (const setting of settings) last.set(setting.key, setting);
  const overrides: SettingOverride[] = [];
  for (const setting of settings) {
    const kept = last.get(setting.key)!;
    if (kept !== setting) overrides.push({ key: setting.key, lost: setting, kept, why });
  }
  return overrides;
}

/** Every later setting of a key loses to the first one. */
export function firstWins(settings: readonly WrittenSetting[], why: string): SettingOverride[] {
  const first = new Map<string, WrittenSetting>();
  const overrides: SettingOverride[] = [];
  for (const setting of settings) {
    const kept = first.get(setting.key);
    if (kept === undefined) first.set(setting.key, setting);
    else overrides.push({ key: setting.key, lost: setting, kept, why });
  }
  return overrides;
}

/** Every setting of a key the command line also sets loses to it. */
export function commandLineWins(settings: readonly WrittenSetting[], commandLine: readonly WrittenSetting[], why: string): SettingOverride[] {
  const first = new Map<string, WrittenSetting>();
  for (const option of commandLine) if (!first.has(option.key)) first.set(option.key, option);
  const overrides: SettingOverride[] = [];
  for (const setting of settings) {
    const option = first.get(setting.key);
    if (option !== undefined) overrides.push({ key: setting.key, lost: setting, kept: option, why });
  }
  return overrides;
}
