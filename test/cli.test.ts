/** The command as users run it: a real process, real files, real exit codes. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, test } from 'node:test';
import { applyPatch } from './fixes/patch.js';
import { binPath, repoRoot } from './support/paths.js';
import { tempDir } from './support/temp.js';

const CLEAN = `[parsl]

[[parsl.executors]]
class = "ThreadPoolExecutor"
label = "default"
`;
const BROKEN = `[parsl]

[[parsl.executors]]
class = "ThreadPoolExecutor"
label = "tpool"
`;
const WARNS = `[parsl]

[[parsl.executors]]
class = "HighThroughputExecutor"
label = "default"

[parsl.executors.provider]
class = "SlurmProvider"
worker_init = "source ~/.bashrc && conda activate qiime2"
`;

function workspace(files: Record<string, string>): string {
  const dir = tempDir('parsl-lint-cli-');
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

function cli(args: string[], options: { cwd?: string; input?: string; env?: Record<string, string> } = {}) {
  const env: NodeJS.ProcessEnv = { ...process.env, ...options.env };
  if (!options.env || !('FORCE_COLOR' in options.env)) delete env['FORCE_COLOR'];
  if (!options.env || !('NO_COLOR' in options.env)) delete env['NO_COLOR'];
  // In a GitHub Actions job the default format is github: these tests expect the usual default.
  if (!options.env || !('GITHUB_ACTIONS' in options.env)) delete env['GITHUB_ACTIONS'];
  const run = spawnSync(process.execPath, [binPath, ...args], { cwd: options.cwd, input: options.input ?? '', encoding: 'utf8', env });
  return { status: run.status, stdout: run.stdout, stderr: run.stderr };
}

/** A misspelt label: an error with an unsafe fix. */
const TYPO = `${CLEAN}
[parsl.executor_mapping.moshpit]
assemble_megahit = "defualt"  # the big one
`;

interface JsonReport {
  version: number;
  files: { path: string; diagnostics: Record<string, unknown>[]; suppressed: Record<string, unknown>[]; fixesApplied: number }[];
  summary: { errors: number; warnings: number; infos: number; files: number };
}

describe('exit codes', () => {
  test('0 for a clean file', () => {
    const dir = workspace({ 'config.toml': CLEAN });
    const run = cli(['config.toml'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /no problems in 1 file/);
  });

  test('1 for an error, with the code frame and summary', () => {
    const dir = workspace({ 'config.toml': BROKEN });
    const run = cli(['config.toml'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^config\.toml$/m);
    assert.match(run.stdout, /3:1 {2}error {2}no executor is labelled "default"/);
    assert.match(run.stdout, /missing-default-executor/);
    assert.match(run.stdout, /\^{19}/); // [[parsl.executors]] underlined… at least its key
    assert.match(run.stdout, /1 error, 0 warnings in 1 file/);
  });

  test('0 for warnings only, 1 when they exceed --max-warnings', () => {
    const dir = workspace({ 'config.toml': WARNS });
    assert.equal(cli(['config.toml'], { cwd: dir }).status, 0);
    const strict = cli(['config.toml', '--max-warnings', '0'], { cwd: dir });
    assert.equal(strict.status, 1);
    assert.match(strict.stderr, /too many warnings/);
  });

  test('2 with a one-line reason for a missing file, an unknown option or an unknown rule', () => {
    for (const args of [['nope.toml'], ['--no-such-option', 'x.toml'], ['--rule', 'walltime-formt=off', 'x.toml'], ['--rule', 'walltime-format=loud']]) {
      const run = cli(args, { cwd: workspace({ 'x.toml': CLEAN }) });
      assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
      assert.match(run.stderr, /^parsl-lint: /);
      assert.doesNotMatch(run.stderr, /\bat .*\.js:\d+/);
    }
    assert.match(cli(['--rule', 'missing-walltme=off'], { cwd: workspace({}) }).stderr, /did you mean "missing-walltime"/);
  });

  test('2 for --stdin-filename without - among the inputs', () => {
    const run = cli(['--stdin-filename', 'x.toml', 'config.toml'], { cwd: workspace({ 'config.toml': CLEAN }) });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'parsl-lint: --stdin-filename names the file read from stdin, but no - (stdin) is among the inputs\n');
  });
});

describe('inputs', () => {
  test('stdin with --stdin-filename', () => {
    const run = cli(['-', '--stdin-filename', 'cluster/qiime2_config.toml', '--format', 'json'], { input: BROKEN });
    assert.equal(run.status, 1);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.equal(report.files[0]!.path, 'cluster/qiime2_config.toml');
    assert.equal(report.files[0]!.diagnostics[0]!['rule'], 'missing-default-executor');
  });

  test('a directory means its parsl configs: other TOML files and ignored files are skipped', () => {
    const dir = workspace({
      'configs/slurm.toml': CLEAN,
      'configs/broken.toml': '[parsl]\nx = = 1\n',
      'pyproject.toml': '[project]\nname = "x"\n',
      'ignored/config.toml': BROKEN,
      '.gitignore': 'ignored/\n',
    });
    const report = JSON.parse(cli(['.', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    assert.deepEqual(report.files.map((file) => file.path), ['configs/broken.toml', 'configs/slurm.toml']);
  });

  test('a file named explicitly is linted even without a [parsl] table', () => {
    const dir = workspace({ 'pyproject.toml': '[project]\nname = "x"\n' });
    const run = cli(['pyproject.toml', '--format', 'json'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.equal((JSON.parse(run.stdout) as JsonReport).files[0]!.diagnostics[0]!['rule'], 'missing-parsl-table');
  });

  test('a directory walk never picks the linter\'s own config files, even when include matches them; naming one lints it', () => {
    const dir = workspace({
      'parsl-lint.toml': 'include = ["**/*.toml"]\n',
      'pyproject.toml': '[project]\nname = "x"\n',
      'sub/.parsl-lint.toml': 'include = ["**/*.toml"]\n',
      'sub/config.toml': CLEAN,
      'config.toml': CLEAN,
    });
    const run = cli(['.', '--format', 'json'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.deepEqual((JSON.parse(run.stdout) as JsonReport).files.map((file) => file.path), ['config.toml', 'sub/config.toml']);
    const named = cli(['parsl-lint.toml', '--format', 'json'], { cwd: dir });
    assert.equal((JSON.parse(named.stdout) as JsonReport).files[0]!.diagnostics[0]!['rule'], 'missing-parsl-table');
  });

  test('globs', () => {
    const dir = workspace({ 'a/one.toml': CLEAN, 'b/two.toml': BROKEN, 'b/notes.txt': 'x' });
    const report = JSON.parse(cli(['**/*.toml', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    assert.deepEqual(report.files.map((file) => file.path), ['a/one.toml', 'b/two.toml']);
    assert.equal(cli(['**/*.yaml'], { cwd: dir }).status, 2);
  });
});

describe('output', () => {
  test('the JSON shape', () => {
    const dir = workspace({ 'config.toml': BROKEN });
    const report = JSON.parse(cli(['config.toml', '--format', 'json'], { cwd: dir }).stdout) as JsonReport;
    assert.equal(report.version, 1);
    assert.deepEqual(report.summary, { errors: 1, warnings: 0, infos: 0, files: 1 });
    const diagnostic = report.files[0]!.diagnostics[0]!;
    assert.deepEqual(Object.keys(diagnostic).sort(), ['column', 'docs', 'endColumn', 'endLine', 'endOffset', 'fix', 'headline', 'help', 'line', 'message', 'note', 'offset', 'rule', 'severity', 'suggestions'].sort());
    assert.deepEqual([diagnostic['line'], diagnostic['column'], diagnostic['endLine'], diagnostic['endColumn']], [3, 1, 3, 20]);
    assert.equal(diagnostic['fix'], null);
    assert.match(String(diagnostic['docs']), /rules\/missing-default-executor/);
    assert.deepEqual([diagnostic['headline'], diagnostic['help']], ['no executor is labelled "default" (labels: "tpool")', null]);
    assert.equal(diagnostic['message'], `${String(diagnostic['headline'])}: ${String(diagnostic['note'])}`);
  });

  test('--rule changes a severity or turns a rule off', () => {
    const dir = workspace({ 'config.toml': BROKEN });
    assert.equal(cli(['config.toml', '--rule', 'missing-default-executor=off'], { cwd: dir }).status, 0);
    const warned = JSON.parse(cli(['config.toml', '--rule', 'missing-default-executor=warning', '-f', 'json'], { cwd: dir }).stdout) as JsonReport;
    assert.equal(warned.files[0]!.diagnostics[0]!['severity'], 'warning');
  });

  test('--rule takes one value, so the path after it is a path; it repeats', () => {
    const dir = workspace({ 'config.toml': WARNS });
    assert.equal(cli(['--rule', 'missing-walltime=error', 'config.toml'], { cwd: dir }).status, 1);
    const both = workspace({ 'config.toml': WARNS.replace('label = "default"', 'label = "tpool"') });
    const run = cli(['--rule', 'missing-walltime=error', '--rule=missing-default-executor=warning', 'config.toml', '-f', 'json'], { cwd: both });
    assert.equal(run.status, 1, run.stderr);
    const diagnostics = (JSON.parse(run.stdout) as JsonReport).files[0]!.diagnostics.map((d) => [d['rule'], d['severity']]);
    assert.deepEqual(diagnostics, [['missing-default-executor', 'warning'], ['missing-walltime', 'error']]);
  });

  test('--quiet reports errors only', () => {
    const dir = workspace({ 'config.toml': WARNS });
    const report = JSON.parse(cli(['config.toml', '--quiet', '-f', 'json'], { cwd: dir }).stdout) as JsonReport;
    assert.deepEqual(report.files[0]!.diagnostics, []);
  });

  test('colour: off when not a terminal or with NO_COLOR, on with FORCE_COLOR or --color', () => {
    const dir = workspace({ 'config.toml': BROKEN });
    const ansi = /\u001b\[/;
    assert.doesNotMatch(cli(['config.toml'], { cwd: dir }).stdout, ansi);
    assert.match(cli(['config.toml'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout, ansi);
    assert.doesNotMatch(cli(['config.toml', '--no-color'], { cwd: dir, env: { FORCE_COLOR: '1' } }).stdout, ansi);
    assert.match(cli(['config.toml', '--color'], { cwd: dir, env: { NO_COLOR: '1' } }).stdout, ansi);
    assert.doesNotMatch(cli(['config.toml'], { cwd: dir, env: { NO_COLOR: '1', FORCE_COLOR: '1' } }).stdout, ansi);
  });
});

describe('fixes', () => {
  test('--fix writes the file, keeps its mode and says what it did; a second run changes nothing', () => {
    const dir = workspace({ 'config.toml': TYPO });
    chmodSync(path.join(dir, 'config.toml'), 0o600);
    const safeOnly = cli(['config.toml', '--fix'], { cwd: dir });
    assert.equal(safeOnly.status, 1);
    assert.match(safeOnly.stdout, /0 fixes applied, 1 more with --unsafe-fixes/);
    assert.equal(readFileSync(path.join(dir, 'config.toml'), 'utf8'), TYPO);

    const run = cli(['config.toml', '--fix', '--unsafe-fixes'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.match(run.stdout, /no problems in 1 file\n1 fix applied\n$/);
    assert.equal(readFileSync(path.join(dir, 'config.toml'), 'utf8'), TYPO.replace('"defualt"', '"default"'));
    assert.equal(statSync(path.join(dir, 'config.toml')).mode & 0o777, 0o600);
    assert.match(cli(['config.toml', '--fix', '--unsafe-fixes'], { cwd: dir }).stdout, /0 fixes applied/);
  });

  test('without --fix, the summary says what could be fixed', () => {
    const run = cli(['config.toml'], { cwd: workspace({ 'config.toml': TYPO }) });
    assert.match(run.stdout, /1 error, 0 warnings in 1 file \(1 checked\)\nNo fixes available \(1 hidden fix can be applied with --fix --unsafe-fixes\)\n$/);
  });

  test('--diff prints what --fix would write and writes nothing: exit 1 with changes, 0 without', () => {
    const dir = workspace({ 'config.toml': TYPO, 'clean.toml': CLEAN });
    const run = cli(['config.toml', 'clean.toml', '--diff', '--unsafe-fixes'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^--- a\/config\.toml\n\+\+\+ b\/config\.toml\n@@ /);
    assert.equal(applyPatch(TYPO, run.stdout), TYPO.replace('"defualt"', '"default"'));
    assert.match(run.stderr, /1 fix to apply/);
    assert.equal(readFileSync(path.join(dir, 'config.toml'), 'utf8'), TYPO);
    const clean = cli(['clean.toml', '--diff'], { cwd: dir });
    assert.deepEqual([clean.status, clean.stdout], [0, '']);
  });

  test('--fix on stdin prints the fixed document, CRLF kept, BOM removed, and the report on stderr', () => {
    const input = `\uFEFF${TYPO.replaceAll('\n', '\r\n')}`;
    const run = cli(['-', '--fix', '--unsafe-fixes', '--stdin-filename', 'config.toml'], { input });
    assert.equal(run.status, 0);
    assert.equal(run.stdout, input.slice(1).replace('"defualt"', '"default"'));
    assert.match(run.stderr, /2 fixes applied/);
    assert.equal(cli(['-', '--fix'], { input: CLEAN }).stdout, CLEAN);
  });

  test('--diff on a file with a byte order mark applies: its first line keeps the mark', () => {
    const text = `\uFEFF${TYPO}`;
    const dir = workspace({ 'config.toml': text });
    const run = cli(['config.toml', '--diff', '--unsafe-fixes'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    assert.match(run.stdout, /^-\uFEFF\[parsl\]\n\+\[parsl\]\n/m);
    // applyPatch checks every context and removed line against the file byte for byte, as `git apply --check` does.
    assert.equal(applyPatch(text, run.stdout), TYPO.replace('"defualt"', '"default"'));
  });

  test('a read-only file is left intact: exit 2 with the reason', () => {
    const dir = workspace({ 'config.toml': TYPO });
    chmodSync(path.join(dir, 'config.toml'), 0o444);
    const run = cli(['config.toml', '--fix', '--unsafe-fixes'], { cwd: dir });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'parsl-lint: cannot write config.toml: the file is read-only; it is unchanged\n');
    assert.equal(readFileSync(path.join(dir, 'config.toml'), 'utf8'), TYPO);
  });

  test('a file that is not valid TOML is not fixed', () => {
    const dir = workspace({ 'config.toml': `${TYPO}[parsl]\n` });
    const run = cli(['config.toml', '--fix', '--unsafe-fixes'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /toml-syntax/);
    assert.equal(readFileSync(path.join(dir, 'config.toml'), 'utf8'), `${TYPO}[parsl]\n`);
  });

  test('--unsafe-fixes alone is a usage error', () => {
    assert.equal(cli(['config.toml', '--unsafe-fixes'], { cwd: workspace({ 'config.toml': TYPO }) }).status, 2);
  });
});

describe('suppression comments', () => {
  const SUPPRESSED = TYPO.replace('assemble_megahit', '# parsl-lint-disable-next-line unknown-executor-label -- defined in the site config\nassemble_megahit');

  test('the diagnostic is silenced, and listed in the JSON with the reason', () => {
    const run = cli(['config.toml', '-f', 'json'], { cwd: workspace({ 'config.toml': SUPPRESSED }) });
    assert.equal(run.status, 0);
    const file = (JSON.parse(run.stdout) as JsonReport).files[0]!;
    assert.deepEqual(file.diagnostics, []);
    assert.equal(file.suppressed[0]!['rule'], 'unknown-executor-label');
    assert.deepEqual(file.suppressed[0]!['suppressedBy'], { directive: 'disable-next-line', line: 8, reason: 'defined in the site config' });
  });

  test('--no-inline-config ignores them', () => {
    assert.equal(cli(['config.toml', '--no-inline-config'], { cwd: workspace({ 'config.toml': SUPPRESSED }) }).status, 1);
  });
});

describe('config file', () => {
  test('the closest parsl-lint.toml applies; --no-config ignores it; --config names one', () => {
    const dir = workspace({ 'parsl-lint.toml': '[rules]\nmissing-default-executor = "off"\n', 'configs/config.toml': BROKEN, 'strict.toml': '' });
    assert.equal(cli(['configs/config.toml'], { cwd: dir }).status, 0);
    assert.equal(cli(['configs/config.toml', '--no-config'], { cwd: dir }).status, 1);
    assert.equal(cli(['configs/config.toml', '--config', 'strict.toml'], { cwd: dir }).status, 1);
    assert.equal(cli(['configs/config.toml', '--rule', 'missing-default-executor=error'], { cwd: dir }).status, 1, 'a flag overrides the config');
  });

  test('[required] makes a site\'s fields mandatory', () => {
    const dir = workspace({ 'parsl-lint.toml': '[required]\nSlurmProvider = ["account"]\n', 'config.toml': WARNS });
    const report = JSON.parse(cli(['config.toml', '-f', 'json'], { cwd: dir }).stdout) as JsonReport;
    assert.ok(report.files[0]!.diagnostics.some((d) => d['rule'] === 'site-required-field' && d['line'] === 7));
    const without = JSON.parse(cli(['config.toml', '-f', 'json', '--no-config'], { cwd: dir }).stdout) as JsonReport;
    assert.ok(!without.files[0]!.diagnostics.some((d) => d['rule'] === 'site-required-field'));
  });

  test('[tool.parsl-lint] in pyproject.toml', () => {
    const dir = workspace({ 'pyproject.toml': '[project]\nname = "x"\n\n[tool.parsl-lint.rules]\nmissing-default-executor = "warning"\n', 'config.toml': BROKEN });
    const report = JSON.parse(cli(['config.toml', '-f', 'json'], { cwd: dir }).stdout) as JsonReport;
    assert.equal(report.files[0]!.diagnostics[0]!['severity'], 'warning');
  });

  test('an unknown key is an error with a did-you-mean: exit 2', () => {
    const run = cli(['config.toml'], { cwd: workspace({ 'parsl-lint.toml': '[rules]\nmissing-default-executer = "off"\n', 'config.toml': BROKEN }) });
    assert.equal(run.status, 2);
    assert.equal(run.stderr, 'parsl-lint: parsl-lint.toml: unknown key "missing-default-executer" in [rules]; did you mean "missing-default-executor"?\n');
  });

  test('exclude leaves files out, even named ones; include picks the files a directory walk lints', () => {
    const dir = workspace({
      'parsl-lint.toml': 'exclude = ["legacy"]\ninclude = ["cluster/*.toml"]\n',
      'legacy/old.toml': BROKEN,
      'cluster/mapping-only.toml': '[other]\n',
      'notes/config.toml': CLEAN,
    });
    const report = JSON.parse(cli(['.', '-f', 'json'], { cwd: dir }).stdout) as JsonReport;
    assert.deepEqual(report.files.map((file) => file.path), ['cluster/mapping-only.toml']);
    const named = cli(['legacy/old.toml', '-f', 'json'], { cwd: dir });
    assert.deepEqual([named.status, (JSON.parse(named.stdout) as JsonReport).files], [0, []]);
  });

  test('--print-config shows the settings for a file and where they come from', () => {
    const dir = workspace({ 'sub/.parsl-lint.toml': 'qiime2 = "2024.10"\n[rules]\nmissing-walltime = "off"\n[required]\nSlurmProvider = ["partition"]\n' });
    const run = cli(['--print-config', 'sub/config.toml', '--rule', 'missing-class=warning'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    const printed = JSON.parse(run.stdout) as Record<string, unknown>;
    assert.equal(printed['configFile'], 'sub/.parsl-lint.toml');
    assert.equal(printed['qiime2'], '2024.10');
    assert.deepEqual(printed['required'], { SlurmProvider: ['partition'] });
    const rules = printed['rules'] as Record<string, string>;
    assert.deepEqual([rules['missing-walltime'], rules['missing-class'], rules['missing-parsl-table']], ['off', 'warning', 'error']);
  });
});

describe('subcommands', () => {
  test('schema prints a JSON Schema for the target release', () => {
    const run = cli(['schema', '--qiime2', '2024.5']);
    assert.equal(run.status, 0, run.stderr);
    const schema = JSON.parse(run.stdout) as { $schema: string; title: string };
    assert.match(schema.$schema, /json-schema\.org/);
    assert.match(schema.title, /QIIME 2 2024\.5 \(parsl 2024\.04\.15\)/);
    assert.equal(cli(['schema', '--qiime2', '2099.1']).status, 2);
  });

  test('rules lists every rule, as text or JSON', () => {
    const { version, rules } = JSON.parse(cli(['rules', '--format', 'json']).stdout) as { version: number; rules: { id: string; docs: string }[] };
    assert.equal(version, 1);
    assert.ok(rules.some((rule) => rule.id === 'walltime-format' && rule.docs.endsWith('/rules/walltime-format/README.md')));
    assert.match(cli(['rules']).stdout, /^toml-syntax +error +fix: none +The file is not valid TOML/m);
  });

  test('the subcommand is the first positional argument, after options too; ./rules is a file', () => {
    const rules = cli(['--no-color', 'rules']);
    assert.equal(rules.status, 0, rules.stderr);
    assert.match(rules.stdout, /^toml-syntax +error/m);
    const schema = cli(['--qiime2', '2024.10', 'schema']);
    assert.equal(schema.status, 0, schema.stderr);
    assert.match((JSON.parse(schema.stdout) as { title: string }).title, /QIIME 2 2024\.10 /);
    const file = cli(['--no-color', './rules'], { cwd: workspace({ rules: CLEAN }) });
    assert.equal(file.status, 0, file.stderr);
    assert.match(file.stdout, /no problems in 1 file/);
    assert.match(cli(['--help']).stdout, /To lint a file named explain, schema, rules, rule or which, write \.\/explain, \.\/schema, \.\/rules,\s+\.\/rule or \.\/which\./);
  });

  test('a reader that stops early is not an error', () => {
    const run = spawnSync('bash', ['-c', `"${process.execPath}" "${binPath}" rules | head -1`], { encoding: 'utf8' });
    assert.equal(run.stderr, '');
    assert.equal(run.stdout.split('\n').length, 2);
  });
});

describe('explain', () => {
  test('shows the script parsl writes, each line with where it comes from', () => {
    const dir = workspace({
      'config.toml': `${WARNS}walltime = "24:00:00"\nmem_per_node = 96\nscheduler_options = """\n#SBATCH --qos=long\nmodule load x\n"""\n`,
    });
    const run = cli(['explain', 'config.toml'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /executor "default" → SlurmProvider/);
    assert.match(run.stdout, /#SBATCH --time=1440 +← walltime = "24:00:00"/);
    assert.match(run.stdout, /#SBATCH --qos=long +← scheduler_options/);
    assert.match(run.stdout, /#SBATCH --exclusive +← exclusive \(default\) +\(sbatch ignores it: after the header\)/);
    assert.match(run.stdout, /module load x +← scheduler_options +\(not a directive: sbatch stops reading the header here\)/);
    assert.match(run.stdout, /#SBATCH --mem=96g +← mem_per_node = 96/);
  });

  test('a file without batch providers, a broken file, a missing file', () => {
    const dir = workspace({ 'local.toml': CLEAN, 'broken.toml': '[parsl\n' });
    assert.match(cli(['explain', 'local.toml'], { cwd: dir }).stdout, /no batch-scheduler provider/);
    assert.equal(cli(['explain', 'broken.toml'], { cwd: dir }).status, 1);
    assert.equal(cli(['explain', 'missing.toml'], { cwd: dir }).status, 2);
    assert.equal(cli(['explain'], { cwd: dir }).status, 2);
  });
});

describe('github format', () => {
  test('one workflow command per diagnostic, with position and rule, escaped', () => {
    const dir = workspace({ 'a,b.toml': BROKEN });
    const run = cli(['a,b.toml', '--format', 'github'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /^::error file=a%2Cb\.toml,line=3,col=1,endLine=3,endColumn=20,title=parsl-lint missing-default-executor::no executor is labelled "default"/m);
    assert.equal(run.stdout.trim().split('\n').length, 1);
  });
});

describe('--only-parsl-configs (the pre-commit hook)', () => {
  test('named files are picked as a directory walk picks them: pyproject.toml and other TOML without [parsl] are skipped', () => {
    const dir = workspace({ 'configs/slurm.toml': BROKEN, 'pyproject.toml': '[project]\nname = "x"\n', 'taplo.toml': '[formatting]\n', 'parsl-lint.toml': '[rules]\n' });
    const run = cli(['--only-parsl-configs', '--format', 'json', 'configs/slurm.toml', 'pyproject.toml', 'taplo.toml', 'parsl-lint.toml'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(report.files.map((file) => file.path), ['configs/slurm.toml']);
    assert.equal(report.files[0]!.diagnostics[0]!['rule'], 'missing-default-executor');
  });

  test('a broken config with a parsl table is still linted', () => {
    const dir = workspace({ 'config.toml': '[parsl]\nx = = 1\n' });
    const run = cli(['--only-parsl-configs', 'config.toml'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stdout, /toml-syntax/);
  });

  test('exit 0 with "no parsl config" when every file is skipped (a commit that touches only pyproject.toml)', () => {
    const dir = workspace({ 'pyproject.toml': '[project]\nname = "x"\n', 'other.toml': 'a = 1\n' });
    const run = cli(['--only-parsl-configs', 'pyproject.toml', 'other.toml'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.equal(run.stdout, 'no parsl config among the files given (--only-parsl-configs)\n');
    assert.equal(run.stderr, '');
    const json = cli(['--only-parsl-configs', '-f', 'json', 'other.toml'], { cwd: dir });
    assert.equal(json.status, 0, json.stderr);
    assert.deepEqual((JSON.parse(json.stdout) as JsonReport).files, []);
    // Without the flag, the same files are linted and fail.
    assert.equal(cli(['other.toml'], { cwd: dir }).status, 1);
  });

  test('with include, the files it matches are linted, as in a directory walk', () => {
    const dir = workspace({ 'parsl-lint.toml': 'include = ["cluster/*.toml"]\n', 'cluster/site.toml': 'a = 1\n', 'elsewhere.toml': CLEAN });
    const run = cli(['--only-parsl-configs', '-f', 'json', 'cluster/site.toml', 'elsewhere.toml'], { cwd: dir });
    const report = JSON.parse(run.stdout) as JsonReport;
    assert.deepEqual(report.files.map((file) => file.path), ['cluster/site.toml']);
    assert.equal(report.files[0]!.diagnostics[0]!['rule'], 'missing-parsl-table');
  });

  test('--fix repairs the parsl config and leaves the others alone', () => {
    const pyproject = '[project]\nname = "x"\n';
    const dir = workspace({ 'config.toml': CLEAN.replace('[parsl]\n', '[parsl]\nstrategy = "Simple"\n'), 'pyproject.toml': pyproject });
    const run = cli(['--only-parsl-configs', '--fix', 'config.toml', 'pyproject.toml'], { cwd: dir });
    assert.equal(run.status, 0, run.stdout + run.stderr);
    assert.equal(readFileSync(path.join(dir, 'config.toml'), 'utf8'), CLEAN.replace('[parsl]\n', '[parsl]\nstrategy = "simple"\n'));
    assert.equal(readFileSync(path.join(dir, 'pyproject.toml'), 'utf8'), pyproject);
  });
});

describe('hostile and broken input', () => {
  test('nesting far beyond any reader is a syntax error, not a crash', () => {
    const dir = workspace({ 'deep.toml': `[parsl]\nx = ${'['.repeat(10000)}${']'.repeat(10000)}\n` });
    const run = cli(['deep.toml', '-f', 'json'], { cwd: dir });
    assert.equal(run.status, 1, run.stderr);
    assert.equal((JSON.parse(run.stdout) as JsonReport).files[0]!.diagnostics[0]!['rule'], 'toml-syntax');
  });

  test('control characters from the file are escaped in the report', () => {
    const dir = workspace({ 'config.toml': `${CLEAN}\n[parsl.executor_mapping.x]\ny = "\\u001b[2Jbad\\nlabel"\n` });
    const run = cli(['config.toml'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.doesNotMatch(run.stdout, /\u001b/);
    assert.match(run.stdout, /\\u001b\[2Jbad\\nlabel/);
  });

  test('a file that is not TOML fails even with toml-syntax off', () => {
    const dir = workspace({ 'broken.toml': '[parsl\n' });
    const run = cli(['broken.toml', '--rule', 'toml-syntax=off'], { cwd: dir });
    assert.equal(run.status, 1);
    assert.match(run.stderr, /1 file is not valid TOML/);
  });

  test('--only-parsl-configs: a broken [parsl header is still a parsl config; unrelated stdin passes', () => {
    const dir = workspace({ 'broken.toml': '[parsl\nstrategy = "none"\n' });
    assert.equal(cli(['broken.toml', '--only-parsl-configs'], { cwd: dir }).status, 1);
    const other = cli(['-', '--only-parsl-configs', '--stdin-filename', 'other.toml'], { input: '[other]\na = 1\n' });
    assert.equal(other.status, 0, other.stdout);
  });
});

describe('explain, more', () => {
  test('says first what parsl or sbatch would refuse, and marks look-alike directives', () => {
    const dir = workspace({
      'config.toml': `${WARNS}walltime = "24h"\nexclusive = false\nscheduler_options = """\n  #SBATCH --mem=4G\n"""\n`,
    });
    const run = cli(['explain', 'config.toml'], { cwd: dir });
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /#SBATCH --mem=4G +← scheduler_options +\(sbatch reads it as a comment\)/);
    assert.match(run.stdout, /errors in this provider: the job fails, or does not get what the config asks for/);
    assert.match(run.stdout, /✖ line 10: walltime "24h" is not hours:minutes:seconds.*\(walltime-format\)/);
  });
});

test('parsl-lint rule NAME prints the rule\'s page and its address; a former name works; a typo gets a suggestion', () => {
  const page = cli(['rule', 'walltime-format']);
  assert.equal(page.status, 0, page.stderr);
  assert.equal(page.stdout, `${readFileSync(path.join(repoRoot, 'rules', 'walltime-format', 'README.md'), 'utf8').trimEnd()}\n\nOnline: https://github.com/parsl-lint/parsl-lint/blob/main/rules/walltime-format/README.md\n`);
  assert.match(cli(['rule', 'sbatch-header-ended']).stdout, /^# header-ended\n/);
  const typo = cli(['rule', 'walltime-fromat']);
  assert.equal(typo.status, 2);
  assert.equal(typo.stderr, 'parsl-lint: unknown rule "walltime-fromat"; did you mean "walltime-format"? (parsl-lint rules lists them)\n');
  assert.equal(cli(['rule']).status, 2);
});
