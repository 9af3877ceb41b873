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
import { TOMLKIT_RECURSION, type TomlDialect } from '../document/dialect.js';
import { NEWEST_QIIME2_RELEASE, type Qiime2Release } from './qiime2.js';
import type { ResolvedTarget } from './target.js';

const TOML_1_1_LIMITED: TomlDialect = {
  tomlVersion: '1.1.0',
  depth: { kind: 'parse-error', keyFragments: 100, valueNesting: 100 },
};

/** The dialect of tomlkit `version` (`0.14.0`); versions before 0.15 read TOML 1.0. */
export function tomlkitDialect(version: string): TomlDialect {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  const atLeast = (mi: number, pa: number): boolean => major > 0 || minor > mi || (minor === mi && patch >= pa);
  if (atLeast(15, 1)) return TOML_1_1_LIMITED;
  if (atLeast(15, 0)) return { tomlVersion: '1.1.0', depth: TOMLKIT_RECURSION };
  return { tomlVersion: '1.0.0', depth: TOMLKIT_RECURSION };
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
