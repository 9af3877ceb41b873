/**
 * The TOML dialect of each tomlkit that a catalogued QIIME 2 release pins (the `tomlkit` field of
 * catalog/qiime2-releases.json), read from tomlkit's source and run against it
 * (test/document/tomlkit-oracle-cases.ts):
 * - tomlkit 0.15.0 (2026-05-10) parses TOML 1.1 ("Update parser to support TOML spec v1.1.0",
 *   python-poetry/tomlkit#456); every earlier pin parses TOML 1.0.
 * - tomlkit 0.15.1 refuses keys with more than 100 dotted fragments and values nested more than
 *   100 levels deep with a ParseError (`Parser.MAX_NESTING_DEPTH` in tomlkit/parser.py, #510);
 *   earlier versions recurse until Python's RecursionError.
 */
import { type TomlDialect } from '../document/dialect.js';
import { type Qiime2Release } from './qiime2.js';
import type { ResolvedTarget } from './target.js';
/** The dialect of tomlkit `version` (`0.14.0`); versions before 0.15 read TOML 1.0. */
export declare function tomlkitDialect(version: string): TomlDialect;
/** How a message names the reader: "QIIME 2 2026.4 reads the file with tomlkit 0.14.0 (TOML 1.0)". */
export declare function describeReader(release: Qiime2Release): string;
/** The release whose tomlkit reads the file: the target's, or for a parsl-only target the newest released QIIME 2's. */
export declare function readingRelease(target: ResolvedTarget): Qiime2Release;
/** The dialect the target's reader parses. */
export declare function targetDialect(target: ResolvedTarget): TomlDialect;
