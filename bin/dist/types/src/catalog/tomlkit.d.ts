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
import { type TomlDialect } from '../document/dialect.js';
import type { LateArrayExtension } from '../document/table-order.js';
import { type Qiime2Release } from './qiime2.js';
import type { ResolvedTarget } from './target.js';
/** The dialect of tomlkit `version` (`0.14.0`); versions before 0.15 read TOML 1.0. */
export declare function tomlkitDialect(version: string): TomlDialect;
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
export declare function tomlkitRefusesLateExtension(version: string, extension: LateArrayExtension): boolean;
/** How a message names the reader: "QIIME 2 2026.4 reads the file with tomlkit 0.14.0 (TOML 1.0)". */
export declare function describeReader(release: Qiime2Release): string;
/** The release whose tomlkit reads the file: the target's, or for a parsl-only target the newest released QIIME 2's. */
export declare function readingRelease(target: ResolvedTarget): Qiime2Release;
/** The dialect the target's reader parses. */
export declare function targetDialect(target: ResolvedTarget): TomlDialect;
