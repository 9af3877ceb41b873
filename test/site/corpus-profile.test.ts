/**
 * The profile rules on the real configs (../shared/corpus/real): silent with a profile that fits
 * them (fixtures/examples/site/cluster.toml: 2-day partitions, nodes of 48 CPUs and 244 GB), and,
 * so that this cannot pass by never running, firing with a profile of small nodes and short limits.
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { resolveTarget } from '../../src/catalog/index.js';
import { lintBytes } from '../../src/engine/lint.js';
import { readProfile } from '../../src/site/profile-file.js';
import { RULES } from '../../rules/index.js';
import { realDir } from '../support/corpus-sources.js';
import { repoRoot, skipWithoutShared } from '../support/paths.js';

const PROFILE_RULES = new Set(['unknown-partition', 'no-default-partition', 'partition-time-limit', 'partition-node-size', 'partition-max-nodes', 'partition-access']);

function profileFindings(profileText: string): string[] {
  const profile = readProfile(profileText, 'cluster.toml');
  const found: string[] = [];
  for (const name of readdirSync(realDir).filter((file) => file.endsWith('.toml')).sort()) {
    const result = lintBytes(readFileSync(path.join(realDir, name)), { rules: RULES, target: resolveTarget({}), profile });
    for (const d of result.diagnostics) if (PROFILE_RULES.has(d.rule)) found.push(`${name}:${d.start.line} ${d.rule}`);
  }
  return found;
}

test('silent on every real config with a profile that fits them', { skip: skipWithoutShared }, () => {
  assert.deepEqual(profileFindings(readFileSync(path.join(repoRoot, 'fixtures/examples/site/cluster.toml'), 'utf8')), []);
});

test('the same configs against small nodes and a 1-hour limit are reported', { skip: skipWithoutShared }, () => {
  const small = 'scheduler = "slurm"\ndefault_partition = "tiny"\n[partitions.tiny]\nmax_time = "01:00:00"\nmax_node_cpus = 4\nmax_node_memory_mb = 8000\n';
  const found = profileFindings(small);
  const rules = new Set(found.map((finding) => finding.split(' ')[1]));
  assert.deepEqual([...rules].sort(), ['partition-node-size', 'partition-time-limit']);
  // Every real Slurm config asks for more than an hour (walltime 2 h to 48 h).
  assert.ok(found.filter((finding) => finding.endsWith('partition-time-limit')).length >= 15, found.join('\n'));
});
