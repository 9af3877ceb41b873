/**
 * The TOML dialect of each tomlkit that a catalogued QIIME 2 release pins (the `tomlkit` field of
 * catalog/qiime2-releases.json), read from tomlkit's source and run against it
 * (test/document/tomlkit-oracle-cases.ts):
 * - tomlkit 0.15.0 (2026-05-10) parses TOML 1.1 ("Update parser to support TOML spec v1.1.0",
 *   python-poetry/tomlkit#456); every earlier pin parses TOML 1.0.
 * - tomlkit 0.15.1 refuses keys with more than 100 dotted fragments and values nested more than
 *   100 levels deep with a ParseError (`Parser.MAX_NESTING_DEPTH` in tomlkit/parser.py, #510);
 *   earlier versions recurse until Python's RecursionError.
 * - Which versions refuse a header that reaches back into an array of tables after other tables
 *   came between (python-poetry/tomlkit#261): tomlkitRefusesLateExtension.
 */
import { TOMLKIT_RECURSION, type TomlDialect } from '../document/dialect.js';
import type { LateArrayExtension } from '../document/table-order.js';
import { NEWEST_QIIME2_RELEASE, type Qiime2Release } from './qiime2.js';
import type { ResolvedTarget } from './target.js';

const TOML_1_1_LIMITED: TomlDialect = {
  tomlVersion: '1.1.0',
  depth: { kind: 'parse-error', keyFragments: 100, valueNesting: 100 },
};

/** The dialect of tomlkit `version` (`0.14.0`); versions before 0.15 read TOML 1.0. */
export function tomlkitDialect(version: string): TomlDialect {
  if (atLeast(version, 15, 1)) return TOML_1_1_LIMITED;
  if (atLeast(version, 15, 0)) return { tomlVersion: '1.1.0', depth: TOMLKIT_RECURSION };
  return { tomlVersion: '1.0.0', depth: TOMLKIT_RECURSION };
}

/** Whether tomlkit `version` (`0.14.0`) is 0.`minor`.`patch` or later. */
function atLeast(version: string, minor: number, patch: number): boolean {
  const [major = 0, mi = 0, pa = 0] = version.split('.').map(Number);
  return major > 0 || mi > minor || (mi === minor && pa >= patch);
}

/**
 * Whether tomlkit `version` refuses the layout of `extension` with `Key "<array>" already exists.`
 * (a KeyAlreadyPresent, or the same words in a ParseError). Read from tomlkit's parser and
 * container at each pinned tag, and checked against the real tomlkit on every layout of up to four
 * headers and 1,500 longer ones (test/document/tomlkit-layouts.test.ts):
 * - A sub-table of an element written after another table: every version before 0.15.1. tomlkit
 *   0.15.1 merges it into the element ("Fix ParseError when a sub-table extends an array of tables
 *   out of order", python-poetry/tomlkit#498), except where the table between splits the array's
 *   top-level table in two (it is `[parsl]` itself, or under another top-level table), which
 *   still fails when the parts are joined (python-poetry/tomlkit#577, open).
 * - The next `[[element]]` after a table that is not beside the array (`[parsl]`, or a table under
 *   another top-level table): 0.13 and 0.14, whose out-of-order table proxy cannot join two parts
 *   of one array (fixed in 0.15.1 by #507). 0.12 reads that layout but may repeat an element (a
 *   wrong document, not reported), and 0.15.1 reads it.
 */
export function tomlkitRefusesLateExtension(version: string, extension: LateArrayExtension): boolean {
  const between = extension.interruptions;
  if (extension.kind === 'subtable') return !atLeast(version, 15, 1) || between.has('ancestor') || between.has('other-top-level');
  const notBeside = between.has('ancestor') || between.has('same-top-level') || between.has('other-top-level');
  return notBeside && atLeast(version, 13, 0) && !atLeast(version, 15, 1);
}

/** How a message names the reader: "QIIME 2 2026.4 reads the file with tomlkit 0.14.0 (TOML 1.0)". */
export function describeReader(release: Qiime2Release): string {
  const version = tomlkitDialect(release.tomlkit).tomlVersion === '1.1.0' ? 'TOML 1.1' : 'TOML 1.0';
  return `QIIME 2 ${release.version} reads the file with tomlkit ${release.tomlkit} (${version})`;
}

/** The release whose tomlkit reads the file: the target's, or for a parsl-only target the newest released QIIME 2's. */
export function readingRelease(target: ResolvedTarget): Qiime2Release {
  return target.qiime2 ?? NEWEST_QIIME2_RELEASE;
}

/** The dialect the target's reader parses. */
export function targetDialect(target: ResolvedTarget): TomlDialect {
  return tomlkitDialect(readingRelease(target).tomlkit);
}
