/**
 * The prescan before the parser: string literals long enough to be read piecewise, and nesting
 * too deep for the target's reader (tomlkit 0.15.1's ParseError limits, or older tomlkit's
 * RecursionError), found in one pass without being fooled by brackets and dots in strings or
 * comments.
 */
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { TOMLKIT_RECURSION, type DepthLimits } from '../../src/document/dialect.js';
import { prescan } from '../../src/document/prescan.js';

/** tomlkit 0.15.1: more than 100 dotted fragments, or 100 levels of values, is a ParseError. */
const LIMITED: DepthLimits = { kind: 'parse-error', keyFragments: 100, valueNesting: 100 };
const NO_LONG_STRINGS = 1_000_000;

describe('long string literals', () => {
  test('each kind, with its delimiters and body; shorter ones are left to the parser', () => {
    const text = `a = "12345"\nb = 'abc'\nc = """123456"""\nd = '''1234567'''\n`;
    const { piecewise, tooDeep } = prescan(text, LIMITED, 4);
    assert.equal(tooDeep, undefined);
    const shown = piecewise.map((token) => [token.kind, text.slice(token.start, token.end), text.slice(token.bodyStart, token.bodyEnd)]);
    assert.deepEqual(shown, [
      ['basic', '"12345"', '12345'],
      ['multiline-basic', '"""123456"""', '123456'],
      ['multiline-literal', "'''1234567'''", '1234567'],
    ]);
  });

  test('an escaped quote does not end a basic string; up to two quotes before the closing delimiter are body', () => {
    const text = 'a = "ab\\"cd"\nb = """xy"""""\n';
    const shown = prescan(text, LIMITED, 1).piecewise.map((token) => text.slice(token.bodyStart, token.bodyEnd));
    assert.deepEqual(shown, ['ab\\"cd', 'xy""']);
  });

  test('an unterminated string ends the scan without a token (the parser reports it)', () => {
    assert.deepEqual(prescan('a = "abcdef\nb = 1\n', LIMITED, 1), { tooDeep: undefined, piecewise: [] });
  });
});

describe('keys with too many dotted fragments', () => {
  const dotted = (fragments: number) => Array.from({ length: fragments }, () => 'a').join('.');

  test('100 fragments pass tomlkit 0.15.1; the 101st is refused at the dot before it', () => {
    assert.equal(prescan(`${dotted(100)} = 1\n`, LIMITED, NO_LONG_STRINGS).tooDeep, undefined);
    const text = `${dotted(101)} = 1\n`;
    const { tooDeep } = prescan(text, LIMITED, NO_LONG_STRINGS);
    assert.equal(tooDeep?.offset, text.lastIndexOf('.'));
    assert.equal(tooDeep?.message, 'a key with more than 100 dotted parts, more than tomlkit allows');
  });

  test('in a table header and an array-of-tables header, and with quoted fragments', () => {
    const quoted = Array.from({ length: 101 }, () => '"a.b"').join('.');
    for (const text of [`[${dotted(101)}]\n`, `[[${dotted(101)}]]\n`, `${quoted} = 1\n`]) {
      assert.ok(prescan(text, LIMITED, NO_LONG_STRINGS).tooDeep, text.slice(0, 20));
    }
    // Dots inside one quoted key are not fragments.
    assert.equal(prescan(`"${dotted(500)}" = 1\n`, LIMITED, NO_LONG_STRINGS).tooDeep, undefined);
  });

  test('older tomlkit: about 493 fragments before RecursionError', () => {
    assert.equal(prescan(`${dotted(493)} = 1\n`, TOMLKIT_RECURSION, NO_LONG_STRINGS).tooDeep, undefined);
    assert.match(prescan(`${dotted(494)} = 1\n`, TOMLKIT_RECURSION, NO_LONG_STRINGS).tooDeep!.message, /more than about 493 dotted parts, deeper than Python's recursion limit/);
  });
});

describe('values nested too deep', () => {
  const arrays = (levels: number) => `x = ${'['.repeat(levels)}${']'.repeat(levels)}\n`;

  test('100 levels pass tomlkit 0.15.1; the 101st opening bracket is refused', () => {
    assert.equal(prescan(arrays(100), LIMITED, NO_LONG_STRINGS).tooDeep, undefined);
    const { tooDeep } = prescan(arrays(101), LIMITED, NO_LONG_STRINGS);
    assert.equal(tooDeep?.offset, 'x = '.length + 100);
    assert.equal(tooDeep?.message, 'arrays and inline tables nested more than 100 levels deep, more than tomlkit allows');
  });

  test('arrays and inline tables count together, and closing brackets count down', () => {
    const mixed = `x = ${'[{a = '.repeat(50)}1${'}]'.repeat(50)}\n`;
    assert.equal(prescan(mixed, LIMITED, NO_LONG_STRINGS).tooDeep, undefined);
    assert.ok(prescan(`x = ${'[{a = '.repeat(50)}[1]${'}]'.repeat(50)}\n`, LIMITED, NO_LONG_STRINGS).tooDeep);
    const siblings = `x = [${Array.from({ length: 200 }, () => '[1]').join(', ')}]\n`;
    assert.equal(prescan(siblings, LIMITED, NO_LONG_STRINGS).tooDeep, undefined);
  });

  test('older tomlkit: inline tables alone stop at 327, arrays at 492 (two frames each)', () => {
    const tables = (levels: number) => `x = ${'{a = '.repeat(levels)}1${'}'.repeat(levels)}\n`;
    assert.equal(prescan(tables(327), TOMLKIT_RECURSION, NO_LONG_STRINGS).tooDeep, undefined);
    assert.ok(prescan(tables(328), TOMLKIT_RECURSION, NO_LONG_STRINGS).tooDeep);
    assert.equal(prescan(arrays(492), TOMLKIT_RECURSION, NO_LONG_STRINGS).tooDeep, undefined);
    assert.ok(prescan(arrays(493), TOMLKIT_RECURSION, NO_LONG_STRINGS).tooDeep);
  });

  test('brackets in strings, comments and table headers are not nesting', () => {
    const deep = '['.repeat(300);
    const text = `[parsl]\na = "${deep}"\nb = '${deep}'\nc = """\n${deep}\n"""\n# ${deep}\n[[parsl.executors]]\n`;
    assert.deepEqual(prescan(text, LIMITED, NO_LONG_STRINGS), { tooDeep: undefined, piecewise: [] });
  });
});
