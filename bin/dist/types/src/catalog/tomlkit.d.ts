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
 * container at each pinned tag and checked against the real tomlkit on every layout of up to four
 * headers and a thousand longer ones (test/document/tomlkit-layouts.test.ts):
 * - A sub-table of an element written after an unrelated table: every version before 0.15.1.
 *   0.15.1 merges it into the element when the whole run is one table's ("Fix ParseError when a
 *   sub-table extends an array of tables out of order", python-poetry/tomlkit#498), but still
 *   refuses it when the table between is the array's own parent (`[parsl]`) or under another
 *   top-level key, which leaves the document's table out of order (still open: #577).
 * - A next `[[element]]` after a table under another top-level key: 0.13.x to 0.15.0, where the
 *   out-of-order table proxy cannot merge two parts of one array (fixed in 0.15.1 by #507).
 *   0.12.x reads that layout without error but repeats the element (a wrong document), and other
 *   `[[element]]` layouts differ from version to version: those are left unreported.
 */
export declare function tomlkitRefusesLateExtension(version: string, extension: LateArrayExtension): boolean;
/** How a message names the reader: "QIIME 2 2026.4 reads the file with tomlkit 0.14.0 (TOML 1.0)". */
export declare function describeReader(release: Qiime2Release): string;
/** The release whose tomlkit reads the file: the target's, or for a parsl-only target the newest released QIIME 2's. */
export declare function readingRelease(target: ResolvedTarget): Qiime2Release;
/** The dialect the target's reader parses. */
export declare function targetDialect(target: ResolvedTarget): TomlDialect;
