/**
 * Plain command lines (paths and on/off flags) are read without yargs; what they ask for must be
 * exactly what yargs makes of them, and everything else must be left to yargs.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { interpret, parsePlainCommandLine, parseWithYargs, type Parsed } from '../../src/cli/options.js';

const RULE_IDS = ['missing-walltime', 'unknown-class'];

/** interpret()'s answer, or the message of the usage error it throws. */
function meaning(parsed: Parsed): unknown {
  try {
    return interpret(parsed, RULE_IDS);
  } catch (error) {
    return { error: (error as Error).message };
  }
}

async function yargsMeaning(argv: readonly string[]): Promise<unknown> {
  const parsed = await parseWithYargs(argv, '0.0.0');
  assert.notEqual(typeof parsed, 'string');
  return meaning(parsed as Parsed);
}

const PATH = fc.constantFrom('config.toml', 'Config.TOML', 'a b.toml', 'dir/', '**/*.toml', '1e3', '0x1f', '12', 'rules', 'explain', 'which', 'x=y', 'é.toml');
const FLAG = fc.constantFrom('--fix', '--quiet', '--diff', '--unsafe-fixes', '--only-parsl-configs', '--color', '--no-color', '--no-inline-config', '--no-warn-ignored', '--no-error-on-unmatched-pattern', '--debug', '--sbatch-test', '--force', '--no-fix');

test('a plain command line means what yargs makes of it (fast-check, seed 3, 300 runs)', async () => {
  await fc.assert(
    fc.asyncProperty(fc.array(fc.oneof(PATH, FLAG), { maxLength: 6 }), async (argv) => {
      const plain = parsePlainCommandLine(argv);
      if (plain === undefined) return; // a repeated flag: left to yargs
      assert.deepEqual(meaning(plain), await yargsMeaning(argv), argv.join(' '));
    }),
    { seed: 3, numRuns: 300 },
  );
});

test('the usual command lines are plain', () => {
  for (const argv of [[], ['config.toml'], ['--only-parsl-configs', 'a.toml', 'b.toml'], ['--only-parsl-configs', '--fix', 'a.toml'], ['.', '--no-color']]) {
    assert.notEqual(parsePlainCommandLine(argv), undefined, argv.join(' '));
  }
});

test('values, aliases, stdin, --help, --version, unknown and repeated flags are left to yargs', () => {
  for (const argv of [['--format', 'json', 'a.toml'], ['--format=json'], ['-f', 'json'], ['-'], ['--help'], ['-h'], ['--version'], ['--nosuch'], ['--fix', '--fix'], ['--', 'a.toml'], ['--rule', 'x=off'], ['--max-warnings=0'], ['--fix=false']]) {
    assert.equal(parsePlainCommandLine(argv), undefined, argv.join(' '));
  }
});

test('a path that looks like a number stays a path', async () => {
  const command = (await yargsMeaning(['1e3', '0x1f'])) as { options: { inputs: string[] } };
  assert.deepEqual(command.options.inputs, ['1e3', '0x1f']);
});
