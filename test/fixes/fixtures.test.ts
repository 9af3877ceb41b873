/**
 * The documented result of --fix: for each fixture that `--fix --unsafe-fixes` changes,
 * `fixtures/<rule>/fixed/<name>.toml` holds the expected file, byte for byte, and fixing the
 * result again changes nothing. A fixable fixture without its fixed/ file fails.
 */
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { fixBytes } from '../../src/fixes/fix-bytes.js';
import { fixtureLintOptions, readFixtureSpec } from '../support/expectations.js';
import { repoRoot } from '../support/paths.js';

const fixturesDir = path.join(repoRoot, 'fixtures');

for (const ruleDir of readdirSync(fixturesDir).sort()) {
  describe(`fixtures/${ruleDir} with --fix --unsafe-fixes`, () => {
    for (const name of readdirSync(path.join(fixturesDir, ruleDir)).filter((file) => file.endsWith('.toml')).sort()) {
      test(name, () => {
        const bytes = readFileSync(path.join(fixturesDir, ruleDir, name));
        const spec = readFixtureSpec(bytes.toString('utf8'));
        const options = fixtureLintOptions(spec);
        const expectedFile = path.join(fixturesDir, ruleDir, 'fixed', name);
        const fixed = fixBytes(bytes, options, 'unsafe');
        if (!fixed.output) {
          assert.ok(!existsSync(expectedFile), `--fix leaves ${name} alone, so fixed/${name} should not exist`);
          return;
        }
        assert.equal(fixBytes(fixed.output, options, 'unsafe').output, undefined, 'a second run changes nothing');
        assert.ok(existsSync(expectedFile), `--fix changes it: add fixtures/${ruleDir}/fixed/${name} with the expected result of --fix --unsafe-fixes`);
        assert.equal(Buffer.from(fixed.output).toString('latin1'), readFileSync(expectedFile).toString('latin1'));
      });
    }
  });
}
