/**
 * The real corpus and the QIIME 2 releases each file is valid for, read from the "valid for"
 * column of ../shared/corpus/real/SOURCES.md: `QIIME 2 >= 2024.10 …` or `QIIME 2 2023.7 - 2024.5 …`.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QIIME2_RELEASES, type Qiime2Release } from '../../src/catalog/index.js';
import { sharedDir } from './paths.js';

export const realDir = path.join(sharedDir, 'corpus', 'real');

export interface CorpusFile {
  readonly name: string;
  readonly validFor: string;
  readonly releases: readonly Qiime2Release[];
}

/**
 * Where a SOURCES.md range is wider than its own notes allow. The 2024.10 vendored default has
 * `max_workers`, which its row's note says parsl 2024.09.09 removed; QIIME 2 2026.4 ships parsl
 * 2026.02.23, so the file cannot be valid there (2026 writes its own default, research/qiime2.md §1.6).
 */
const CORRECTIONS: Readonly<Record<string, string>> = {
  'qiime2__qiime2__qiime2__sdk__parallel_config.py__VENDORED_CONFIG-2024.10-cpu8.toml': 'QIIME 2 2024.10 - 2026.1',
};

const RELEASED = QIIME2_RELEASES.filter((release) => release.status === 'released');

export function readCorpusSources(): CorpusFile[] {
  const table = readFileSync(path.join(realDir, 'SOURCES.md'), 'utf8');
  const files: CorpusFile[] = [];
  for (const line of table.split('\n')) {
    const cells = line.split('|').map((cell) => cell.trim());
    const name = /^`(.+\.toml)`$/.exec(cells[2] ?? '')?.[1];
    if (!name || !/^\d+$/.test(cells[1] ?? '')) continue;
    const validFor = CORRECTIONS[name] ?? cells[7]!;
    files.push({ name, validFor, releases: releasesIn(validFor) });
  }
  return files;
}

function releasesIn(validFor: string): Qiime2Release[] {
  const range = /QIIME 2 (?:>=\s*(\d{4}\.\d+)|(\d{4}\.\d+)\s*-\s*(\d{4}\.\d+))/.exec(validFor);
  if (!range) throw new Error(`SOURCES.md: cannot read "valid for" ${JSON.stringify(validFor)}`);
  const index = (version: string) => {
    const found = RELEASED.findIndex((release) => release.version === version);
    if (found === -1) throw new Error(`SOURCES.md names QIIME 2 ${version}, which the catalog does not have`);
    return found;
  };
  const [from, to] = range[1] ? [index(range[1]), RELEASED.length - 1] : [index(range[2]!), index(range[3]!)];
  return RELEASED.slice(from, to + 1);
}
