/**
 * What parsl does with a provider's `walltime` string.
 *
 * Read from Parsl/parsl at b8b474c7 (2026-08-06) and at tag 2024.04.15; the code quoted is the
 * same in both.
 */

export type ParslWalltimeMinutes =
  | {
      readonly ok: true;
      readonly minutes: number;
      /** parsl's logged warning when the result is under one minute; the job is still submitted. */
      readonly warning?: string;
    }
  | {
      /** parsl raises ValueError inside `submit()`, so no block is ever submitted. */
      readonly ok: false;
      readonly reason: string;
    };

/**
 * `parsl.utils.wtime_to_minutes` (parsl/utils.py):
 *
 *     hours, mins, seconds = time_string.split(':')
 *     total_mins = int(hours) * 60 + int(mins)
 *     if total_mins < 1: logger.warning(...)
 *     return total_mins
 *
 * So: exactly two `:`; hours and minutes go through Python's `int()` (surrounding whitespace, a
 * sign, `_` between digits and non-ASCII decimal digits are all accepted); the seconds field is
 * never parsed, so `"01:00:xx"` is 60 minutes; a result under 1 (0 or negative) is returned as it
 * is, with only a warning. It runs in `submit()`, when parsl scales out, not when the config is
 * loaded. The ValueError texts are as python3.11 prints them (checked).
 */
export function parslWalltimeToMinutes(text: string): ParslWalltimeMinutes {
  const fields = text.split(':');
  if (fields.length < 3) {
    return { ok: false, reason: `ValueError: not enough values to unpack (expected 3, got ${fields.length})` };
  }
  if (fields.length > 3) return { ok: false, reason: 'ValueError: too many values to unpack (expected 3)' };
  let total = 0n;
  for (const [field, factor] of [
    [fields[0]!, 60n],
    [fields[1]!, 1n],
  ] as const) {
    const value = pythonInt(field);
    if (value === undefined) {
      return { ok: false, reason: `ValueError: invalid literal for int() with base 10: ${pythonRepr(field)}` };
    }
    total += value * factor;
  }
  const minutes = Number(total);
  if (minutes < 1) {
    return { ok: true, minutes, warning: `Time string '${text}' parsed to ${minutes} minutes, less than 1` };
  }
  return { ok: true, minutes };
}

/**
 * Python's `int(text)` for a str, or undefined where it raises ValueError. CPython first maps
 * non-ASCII whitespace to ' ' and non-ASCII decimal digits to ASCII ones (anything else non-ASCII
 * fails), then `PyLong_FromString` takes ASCII whitespace, a sign, and digits with single
 * underscores between them. Checked against python3.11: `' -5 '`, `'1_0'`, `'\xa05'`, `'٣'`,
 * `'١_٢'` parse; `'_10'`, `'10_'`, `'1__0'`, `'- 5'`, `'\x1c5'`, `'²'`, `'\ufeff5'` do not.
 */
function pythonInt(text: string): bigint | undefined {
  // Nearly always ASCII already, with nothing to map.
  const ascii = /^[\x00-\x7e]*$/.test(text) ? text : mappedToAscii(text);
  if (ascii === undefined) return undefined;
  const match = /^[ \t\n\v\f\r]*([+-]?)(\d(?:_?\d)*)[ \t\n\v\f\r]*$/.exec(ascii);
  if (match === null) return undefined;
  const magnitude = BigInt(match[2]!.replaceAll('_', ''));
  return match[1] === '-' ? -magnitude : magnitude;
}

/** CPython's mapping of non-ASCII spaces and decimal digits; undefined for any other non-ASCII character. */
function mappedToAscii(text: string): string | undefined {
  let ascii = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 127) ascii += char;
    else if (PYTHON_NON_ASCII_SPACES.has(code)) ascii += ' ';
    else {
      const digit = unicodeDecimalValue(char);
      if (digit === undefined) return undefined;
      ascii += String(digit);
    }
  }
  return ascii;
}

/** Code points of 127 and above for which Python's str.isspace() is true. */
const PYTHON_NON_ASCII_SPACES: ReadonlySet<number> = new Set([
  0x85, 0xa0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200a,
  0x2028, 0x2029, 0x202f, 0x205f, 0x3000,
]);

/**
 * The value of a Unicode decimal digit (general category Nd). Unicode encodes each such digit set
 * as a run of ten consecutive code points from 0 to 9, and adjacent runs (the mathematical
 * digits) are each ten long, so the distance from the start of the run, modulo 10, is the value.
 */
function unicodeDecimalValue(char: string): number | undefined {
  const isDecimal = (code: number) => /\p{Nd}/u.test(String.fromCodePoint(code));
  let code = char.codePointAt(0)!;
  if (!isDecimal(code)) return undefined;
  const start = code;
  while (isDecimal(code - 1)) code--;
  return (start - code) % 10;
}

/** Python's repr() of a str, as ValueError quotes it. */
function pythonRepr(text: string): string {
  const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
  let body = '';
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (char === '\\' || char === quote) body += `\\${char}`;
    else if (char === '\t') body += '\\t';
    else if (char === '\n') body += '\\n';
    else if (char === '\r') body += '\\r';
    else if (char !== ' ' && /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Cn}\p{Zl}\p{Zp}\p{Zs}]/u.test(char)) {
      if (code < 0x100) body += `\\x${code.toString(16).padStart(2, '0')}`;
      else if (code < 0x10000) body += `\\u${code.toString(16).padStart(4, '0')}`;
      else body += `\\U${code.toString(16).padStart(8, '0')}`;
    } else body += char;
  }
  return quote + body + quote;
}
