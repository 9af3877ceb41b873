import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { scanBatchHeader, type DirectiveProblemKind, type HeaderScan } from '../../src/scheduler/slurm/directives.js';
import { resolveLongOption, shortOption, suggestSbatchOptions } from '../../src/scheduler/slurm/option-names.js';
import { joinsEscapedSpaces, tokenizeDirectiveLine } from '../../src/scheduler/slurm/tokenize.js';
import { ORACLE_SLURM_RELEASE, SLURM_RELEASES, sbatchOptionsFor, type SlurmRelease } from '../../src/scheduler/slurm/options.js';

const table = sbatchOptionsFor();

function kinds(scan: HeaderScan): DirectiveProblemKind[] {
  return scan.problems.map((problem) => problem.kind);
}

function textAt(text: string, span: { start: number; end: number }): string {
  return text.slice(span.start, span.end);
}

describe('lines and the end of the header (slurm.md A1.1, A1.2)', () => {
  test('directives, comments, blanks and the first command', () => {
    const text = '#!/bin/bash\n\n#SBATCH -p debug\n# a comment\n#SLURM -t 5\nmodule load x\n#SBATCH --mem=1G\n';
    const scan = scanBatchHeader(text);
    assert.deepEqual(
      scan.lines.map((line) => line.kind),
      ['comment', 'blank', 'directive', 'comment', 'directive', 'command', 'ignored-directive', 'blank'],
    );
    assert.equal(scan.headerEnd, 5);
    assert.equal(scan.lines[4]!.marker, '#SLURM');
    assert.deepEqual(
      scan.directives.map((directive) => directive.option.name),
      ['partition', 'time'],
    );
    assert.deepEqual(kinds(scan), ['slurm-marker', 'after-header-end']);
    assert.equal(textAt(text, scan.problems[1]!.span), '#SBATCH --mem=1G');
  });

  test('a line of blanks or one starting with blanks then # does not end the header', () => {
    const scan = scanBatchHeader(' \t\n   # note\n#SBATCH -p debug');
    assert.equal(scan.headerEnd, undefined);
    assert.equal(scan.directives.length, 1);
  });

  test('look-alike comments are flagged, ##SBATCH and prose are not', () => {
    const text = '  #SBATCH -p x\n# SBATCH -p y\n#sbatch -p z\n##SBATCH -p q\n# Slurm settings\n#SBATCHY\n';
    const scan = scanBatchHeader(text);
    const lookalikes = scan.problems.filter((problem) => problem.kind === 'lookalike-directive');
    assert.deepEqual(
      lookalikes.map((problem) => textAt(text, problem.span)),
      ['  #SBATCH -p x', '# SBATCH -p y', '#sbatch -p z'],
    );
    assert.ok(lookalikes.every((problem) => problem.consequence === 'ignored'));
    assert.equal(scan.directives.length, 0);
    // `#SBATCHY` is a directive whose first argument is the stray `Y`.
    assert.equal(scan.problems.at(-1)!.kind, 'stray-argument');
    assert.equal(scan.problems.at(-1)!.sbatchSays, 'sbatch: error: Invalid directive found in batch script: Y');
  });

  test('after the header, a look-alike is reported as past the end', () => {
    const scan = scanBatchHeader('echo hi\n  #SBATCH -p x\n');
    assert.deepEqual(kinds(scan), ['after-header-end']);
  });

  test('CRLF and NUL are fatal wherever they are', () => {
    const scan = scanBatchHeader('#SBATCH -p a\r\necho\0\n');
    assert.deepEqual(kinds(scan), ['dos-line-break', 'nul-character']);
    assert.deepEqual(scan.problems[0]!.span, { start: 12, end: 13 });
    assert.equal(scan.problems[1]!.line, 1);
  });

  test('#PBS and #BSUB lines are translated by sbatch, even after the first command', () => {
    const scan = scanBatchHeader('echo hi\n#PBS -q short\n');
    assert.deepEqual(kinds(scan), ['translated-directive']);
    assert.equal(scan.problems[0]!.consequence, 'accepted');
    const both = scanBatchHeader('#PBS -q short\n#BSUB -W 10\n');
    assert.deepEqual(
      both.problems.map((problem) => problem.consequence),
      ['ignored', 'accepted'],
    );
  });

  test('#PBS lines after more than 100 non-# lines are not read', () => {
    const text = `${'x\n'.repeat(101)}#PBS -q short\n`;
    assert.deepEqual(kinds(scanBatchHeader(text)), []);
  });
});

describe('tokenising a directive line (slurm.md A1.3)', () => {
  function tokens(line: string, release: SlurmRelease = ORACLE_SLURM_RELEASE) {
    return tokenizeDirectiveLine(line, 0, line.length, 0, joinsEscapedSpaces(release));
  }

  test('quotes group and disappear; spans cover the raw text, offsets each character', () => {
    const line = ` --job-name="a b" 'c'd`;
    const { tokens: found } = tokens(line);
    assert.deepEqual(
      found.map((token) => token.text),
      ['--job-name=a b', 'cd'],
    );
    assert.equal(textAt(line, found[0]!.span), '--job-name="a b"');
    assert.equal(found[0]!.offsets.length, '--job-name=a b'.length);
    assert.equal(line[found[0]!.offsets[11]!], 'a');
    assert.equal(line[found[1]!.offsets[1]!], 'd');
  });

  test('a backslash escapes the next character, quotes and # included', () => {
    const line = String.raw` a\"b \#c "x\"y"`;
    assert.deepEqual(
      tokens(line).tokens.map((token) => token.text),
      ['a"b', '#c', 'x"y'],
    );
  });

  test('an unquoted # ends the line, even inside an argument', () => {
    const line = ' -t 10#-p x';
    const result = tokens(line);
    assert.deepEqual(
      result.tokens.map((token) => token.text),
      ['-t', '10'],
    );
    assert.equal(result.problems[0]!.kind, 'hash-ends-line');
    assert.equal(textAt(line, result.problems[0]!.span), '#-p x');
    // A # after a blank is an ordinary comment.
    assert.deepEqual(tokens(' -t 10 # walltime').problems, []);
  });

  test('an unmatched quote is fatal, quoting the rest of the line', () => {
    const result = tokens(' --job-name="a b');
    assert.equal(result.tokens.length, 0);
    assert.equal(result.problems[0]!.kind, 'unmatched-quote');
    assert.equal(result.problems[0]!.sbatchSays, 'sbatch: fatal: Unmatched `"` in [--job-name="a b]');
  });

  test('an argument starting with ":" is fatal', () => {
    assert.equal(tokens(' -t 10 :x').problems[0]!.sbatchSays, 'sbatch: fatal: Unexpected `:` in [ :x]');
    assert.equal(tokens(' :x').problems[0]!.sbatchSays, 'sbatch: fatal: Unexpected `:` in [:x]');
    // Not at the start of an argument it is an ordinary character.
    assert.deepEqual(tokens(' --gres=gpu:1').problems, []);
  });

  test('an empty argument ends the line', () => {
    const line = ' -t 10 "" -p nosuch';
    const result = tokens(line);
    assert.deepEqual(
      result.tokens.map((token) => token.text),
      ['-t', '10'],
    );
    assert.equal(result.problems[0]!.kind, 'empty-argument-ends-line');
    assert.equal(textAt(line, result.problems[0]!.span), '"" -p nosuch');
  });

  test('hetjob at the start of a line starts a component; in the middle it ends the line', () => {
    assert.equal(tokens(' hetjob').startsNewComponent, true);
    assert.equal(tokens(' HetJob -p x').tokens.length, 0);
    const middle = tokens(' -t 10 hetjob -p nosuch');
    assert.equal(middle.startsNewComponent, false);
    assert.equal(middle.tokens.length, 2);
    assert.equal(middle.problems[0]!.kind, 'separator-ends-line');
    const packjob = tokens(' packjob');
    assert.equal(packjob.problems[0]!.consequence, 'warned');
    // Quoted, or glued to more text, it is an ordinary argument.
    assert.equal(tokens(' "hetjob"').startsNewComponent, false);
    assert.equal(tokens(' hetjobs').tokens[0]!.text, 'hetjobs');
  });

  test('a backslash before a blank splits before 24.05 and keeps a space from 24.05', () => {
    const line = String.raw` --job-name=a\ b`;
    const old = tokens(line);
    assert.deepEqual(
      old.tokens.map((token) => token.text),
      ['--job-name=a', 'b'],
    );
    assert.equal(old.problems[0]!.kind, 'escaped-space-splits');
    const current = tokens(line, '24.05');
    assert.deepEqual(
      current.tokens.map((token) => token.text),
      ['--job-name=a b'],
    );
    assert.deepEqual(current.problems, []);
  });
});

describe('getopt_long over the arguments (slurm.md A1.4)', () => {
  test('--opt=value and --opt value, with value spans inside the text', () => {
    const text = '#SBATCH --time=10 --partition "debug"';
    const [time, partition] = scanBatchHeader(text).directives;
    assert.equal(time!.option.name, 'time');
    assert.equal(time!.value!.text, '10');
    assert.equal(textAt(text, time!.value!.span), '10');
    assert.equal(textAt(text, time!.nameSpan), '--time');
    assert.equal(time!.valueIsNextArgument, false);
    assert.equal(partition!.value!.text, 'debug');
    assert.equal(textAt(text, partition!.value!.span), 'debug');
    assert.equal(partition!.valueIsNextArgument, true);
    assert.equal(textAt(text, partition!.span), '--partition "debug"');
  });

  test('an empty attached value has an empty span just after "="', () => {
    const text = '#SBATCH --exclusive=';
    const [directive] = scanBatchHeader(text).directives;
    assert.equal(directive!.value!.text, '');
    assert.deepEqual(directive!.value!.span, { start: text.length, end: text.length });
  });

  test('a required argument takes the next argument, even from the next line', () => {
    const text = '#SBATCH --job-name\n#SBATCH -t 10';
    const scan = scanBatchHeader(text);
    const [jobName] = scan.directives;
    assert.equal(jobName!.value!.text, '-t');
    assert.equal(jobName!.value!.line, 1);
    assert.deepEqual(kinds(scan), ['value-on-next-line', 'stray-argument']);
  });

  test('short options: attached, separate, clustered', () => {
    const text = '#SBATCH -Qt10 -p debug -N2';
    const scan = scanBatchHeader(text);
    assert.deepEqual(
      scan.directives.map((directive) => [directive.written, directive.value?.text]),
      [
        ['-Q', undefined],
        ['-t', '10'],
        ['-p', 'debug'],
        ['-N', '2'],
      ],
    );
    assert.equal(textAt(text, scan.directives[0]!.nameSpan), '-Q');
    assert.equal(textAt(text, scan.directives[1]!.nameSpan), 't');
    assert.equal(textAt(text, scan.directives[1]!.value!.span), '10');
    assert.ok(scan.directives.every((directive) => directive.form === 'short'));
    // -Q is --quiet, which sbatch only honours on its command line.
    assert.deepEqual(kinds(scan), ['command-line-only']);
  });

  test('an optional argument must be attached', () => {
    const scan = scanBatchHeader('#SBATCH --exclusive user -kfoo -k bar');
    assert.deepEqual(
      scan.directives.map((directive) => [directive.option.name, directive.value?.text]),
      [
        ['exclusive', undefined],
        ['no-kill', 'foo'],
        ['no-kill', undefined],
      ],
    );
    assert.deepEqual(
      scan.problems.map((problem) => problem.sbatchSays),
      [
        'sbatch: error: Invalid directive found in batch script: user',
        'sbatch: error: Invalid directive found in batch script: bar',
      ],
    );
  });

  test('errors carry sbatch’s messages and point at the option', () => {
    const text = '#SBATCH --parsable=1 --cpus=2 --mem-per-cpus=8G -Z --time';
    const scan = scanBatchHeader(text);
    assert.deepEqual(kinds(scan), [
      'unexpected-argument',
      'ambiguous-option',
      'unknown-option',
      'unknown-short-option',
      'missing-argument',
    ]);
    assert.deepEqual(
      scan.problems.map((problem) => textAt(text, problem.span)),
      ['=1', '--cpus', '--mem-per-cpus', '-Z', '--time'],
    );
    assert.deepEqual(scan.problems[1]!.candidates, ['cpus-per-gpu', 'cpus-per-task']);
    assert.deepEqual(scan.problems[2]!.suggestions, ['mem-per-cpu']);
    assert.equal(scan.problems[4]!.sbatchSays, `sbatch: option '--time' requires an argument\nTry "sbatch --help" for more information`);
    assert.ok(scan.problems.every((problem) => problem.consequence === 'rejected'));
  });

  test('a missing short argument names the letter', () => {
    const [problem] = scanBatchHeader('#SBATCH -t').problems;
    assert.equal(problem!.sbatchSays, `sbatch: option requires an argument -- 't'\nTry "sbatch --help" for more information`);
  });

  test('abbreviations are accepted and noted', () => {
    const text = '#SBATCH --part=debug';
    const scan = scanBatchHeader(text);
    assert.equal(scan.directives[0]!.option.name, 'partition');
    assert.equal(scan.directives[0]!.form, 'abbreviated');
    assert.deepEqual(kinds(scan), ['abbreviated-option']);
    assert.equal(scan.problems[0]!.consequence, 'accepted');
  });

  test('"--" ends the options; a lone "-" is not an option', () => {
    assert.deepEqual(
      scanBatchHeader('#SBATCH -p debug --').problems,
      [],
    );
    const after = scanBatchHeader('#SBATCH -- -p x');
    assert.deepEqual(kinds(after), ['stray-argument', 'stray-argument']);
    assert.equal(after.problems[0]!.sbatchSays, 'sbatch: error: Invalid directive found in batch script: -p');
    assert.deepEqual(kinds(scanBatchHeader('#SBATCH -')), ['stray-argument']);
  });

  test('one dash with a long name is short options', () => {
    const [directive] = scanBatchHeader('#SBATCH -time=10').directives;
    assert.equal(directive!.option.name, 'time');
    assert.equal(directive!.value!.text, 'ime=10');
  });

  test('heterogeneous-job components parse separately', () => {
    const scan = scanBatchHeader('#SBATCH -t 10 --job-name\n#SBATCH hetjob\n#SBATCH -p x');
    assert.deepEqual(
      scan.directives.map((directive) => [directive.option.name, directive.component]),
      [
        ['time', 0],
        ['partition', 1],
      ],
    );
    // --job-name does not reach into the next component for its value.
    assert.ok(kinds(scan).includes('missing-argument'));
    assert.equal(scan.lines[2]!.component, 1);
  });

  test('the release decides which options exist', () => {
    assert.equal(scanBatchHeader('#SBATCH --tres-per-task=cpu:1').problems[0]!.kind, 'unknown-option');
    assert.deepEqual(scanBatchHeader('#SBATCH --tres-per-task=cpu:1', { release: '23.02' }).problems, []);
    // 25.05 made --get-user-env a flag.
    assert.equal(scanBatchHeader('#SBATCH --get-user-env=10', { release: '25.05' }).problems[0]!.kind, 'unexpected-argument');
  });

  test('never throws, whatever the input', () => {
    for (const text of ['', '#SBATCH', '#SBATCH ', '#SBATCH "', "#SBATCH '", '#SBATCH \\', '#SBATCH --=', '#SBATCH ---', '\n\n\r\r\0']) {
      assert.doesNotThrow(() => scanBatchHeader(text));
    }
  });
});

describe('option names', () => {
  test('exact beats prefix; prefixes resolve or are ambiguous in table order', () => {
    assert.deepEqual(resolveLongOption('mem', table), { kind: 'exact', option: table.find((option) => option.name === 'mem') });
    assert.equal(resolveLongOption('mem-per-c', table).kind, 'prefix');
    const ambiguous = resolveLongOption('me', table);
    assert.equal(ambiguous.kind, 'ambiguous');
    assert.deepEqual(
      ambiguous.kind === 'ambiguous' && ambiguous.candidates.map((option) => option.name),
      ['mem', 'mem-bind', 'mem-per-cpu', 'mem-per-gpu'],
    );
    assert.equal(resolveLongOption('nosuch', table).kind, 'unknown');
    // `--=x` prefixes every option (verified: sbatch lists all 106).
    const all = resolveLongOption('', table);
    assert.equal(all.kind === 'ambiguous' && all.candidates.length, 106);
  });

  test('every prefix of every name, and every letter, in every release resolves as a scan of the table would', () => {
    for (const release of SLURM_RELEASES) {
      const options = sbatchOptionsFor(release);
      const names = new Set(options.flatMap((option) => Array.from({ length: option.name.length + 2 }, (_, end) => option.name.slice(0, end) + (end > option.name.length ? 'x' : ''))));
      for (const name of names) {
        const exact = options.find((option) => option.name === name);
        const matches = options.filter((option) => option.name.startsWith(name));
        const expected = exact
          ? { kind: 'exact', option: exact }
          : matches.length === 1
            ? { kind: 'prefix', option: matches[0] }
            : matches.length > 1
              ? { kind: 'ambiguous', candidates: matches }
              : { kind: 'unknown' };
        assert.deepEqual(resolveLongOption(name, options), expected, `--${name} on ${release}`);
      }
      for (const letter of 'aAbBcCdDeEfFgGhHiIjJkKlLmMnNoOpPqQrRsStTuUvVwWxXyYzZ0+') {
        assert.equal(shortOption(letter, options), options.find((option) => option.short === letter), `-${letter} on ${release}`);
      }
    }
  });

  test('did-you-mean', () => {
    assert.deepEqual(suggestSbatchOptions('mem_per_cpu', table), ['mem-per-cpu']);
    assert.deepEqual(suggestSbatchOptions('mem-per-cpus', table), ['mem-per-cpu']);
    assert.deepEqual(suggestSbatchOptions('cpus_per_tasks', table), ['cpus-per-task']);
    assert.deepEqual(suggestSbatchOptions('partiton', table), ['partition']);
    assert.deepEqual(suggestSbatchOptions('ntask-per-node', table), ['ntasks-per-node']);
    assert.deepEqual(suggestSbatchOptions('workdir', table), ['chdir']);
    assert.deepEqual(suggestSbatchOptions('cpu_bind', table), []);
    assert.deepEqual(suggestSbatchOptions('qwertyuiop', table), []);
  });

  test('retired names say what replaced them', () => {
    const [problem] = scanBatchHeader('#SBATCH --share').problems;
    assert.equal(problem!.retired?.replacement, 'oversubscribe');
    assert.deepEqual(problem!.suggestions, ['oversubscribe']);
  });
});
