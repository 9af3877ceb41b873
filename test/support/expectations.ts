/**
 * Expectations written in a fixture itself, as TOML comments:
 *
 *   walltime = "24h"  # expect: walltime-format
 *     a diagnostic of that rule starts on this line (several: `# expect: a, b`);
 *   # expect-at 7:15 memory-option-conflict
 *     a diagnostic of that rule starts at line 7, column 15 (for lines inside multi-line strings).
 *   # target: --qiime2 2024.5
 *     lint against that release;
 *   # required: SlurmProvider = partition, account
 *     lint as if the linter's config had that `[required]` entry;
 *   # profile: fixtures/examples/site/cluster.toml
 *     lint with that cluster profile (a path from the repository's root), as `profile = ...` would;
 *   # sbatch-answer: 1 | sbatch: error: invalid partition specified: gpu | allocation failure: ...
 *     lint as --sbatch-test would with that (recorded) answer of sbatch --test-only: its exit code,
 *     then its stderr lines;
 *   # slurm: 23.02
 *     lint for that Slurm release, as `--slurm 23.02` would.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { readProfile } from '../../src/site/profile-file.js';
import type { ClusterProfile } from '../../src/site/profile.js';
import type { SbatchAnswer } from '../../src/site/sbatch-answer.js';
import { resolveTarget } from '../../src/catalog/index.js';
import type { LintOptions } from '../../src/engine/lint.js';
import type { SlurmRelease } from '../../src/scheduler/slurm/options.js';
import { resolveSlurmRelease } from '../../src/scheduler/slurm/releases.js';
import { RULES } from '../../rules/index.js';
import { repoRoot } from './paths.js';

export interface Expectation {
  readonly rule: string;
  readonly line: number;
  readonly column?: number;
}

export interface FixtureSpec {
  readonly expectations: Expectation[];
  readonly target: { qiime2?: string; parsl?: string };
  readonly requiredFields: Record<string, string[]>;
  readonly profile?: ClusterProfile;
  readonly sbatchAnswer?: (script: string) => SbatchAnswer;
  readonly slurmRelease?: SlurmRelease;
}

export function readFixtureSpec(text: string): FixtureSpec {
  const expectations: Expectation[] = [];
  const target: { qiime2?: string; parsl?: string } = {};
  const requiredFields: Record<string, string[]> = {};
  let profile: ClusterProfile | undefined;
  let answer: SbatchAnswer | undefined;
  let slurmRelease: SlurmRelease | undefined;
  text.split(/\r?\n/).forEach((lineText, index) => {
    const line = index + 1;
    const inline = /#\s*expect:\s*([a-z0-9-]+(?:\s*,\s*[a-z0-9-]+)*)\s*$/.exec(lineText);
    if (inline) for (const rule of inline[1]!.split(',')) expectations.push({ rule: rule.trim(), line });
    const at = /^\s*#\s*expect-at\s+(\d+):(\d+)\s+([a-z0-9-]+)\s*$/.exec(lineText);
    if (at) expectations.push({ rule: at[3]!, line: Number(at[1]), column: Number(at[2]) });
    const version = /^\s*#\s*target:\s*--(qiime2|parsl)\s+(\S+)\s*$/.exec(lineText);
    if (version) target[version[1] as 'qiime2' | 'parsl'] = version[2]!;
    const required = /^\s*#\s*required:\s*(\w+)\s*=\s*(.+?)\s*$/.exec(lineText);
    if (required) requiredFields[required[1]!] = required[2]!.split(',').map((field) => field.trim());
    const profilePath = /^\s*#\s*profile:\s*(\S+)\s*$/.exec(lineText);
    if (profilePath) profile = readProfile(readFileSync(path.join(repoRoot, profilePath[1]!), 'utf8'), profilePath[1]!);
    const sbatch = /^\s*#\s*sbatch-answer:\s*(\d+)((?:\s*\|[^|]*)*)$/.exec(lineText);
    if (sbatch) answer = { exitCode: Number(sbatch[1]), stderr: sbatch[2]!.split('|').slice(1).map((part) => `${part.trim()}\n`).join('') };
    const slurm = /^\s*#\s*slurm:\s*(.+?)\s*$/.exec(lineText);
    if (slurm) slurmRelease = resolveSlurmRelease(slurm[1]!).release;
  });
  const recorded = answer;
  return { expectations, target, requiredFields, ...(profile && { profile }), ...(recorded && { sbatchAnswer: () => recorded }), ...(slurmRelease && { slurmRelease }) };
}

/** Every rule, with the settings a fixture's comments ask for. */
export function fixtureLintOptions(spec: FixtureSpec): LintOptions {
  const { target, requiredFields, profile, sbatchAnswer, slurmRelease } = spec;
  return { rules: RULES, target: resolveTarget(target), requiredFields, profile, sbatchAnswer, slurmRelease };
}
