import { readFileSync } from 'node:fs';

const cache = new Map<string, unknown>();

/**
 * A file of the repository's catalog/ directory, parsed once. Compiled, this module lives at
 * dist/src/catalog/, three levels below the repository root; the data is read at run time rather
 * than imported, as JSON import attributes need flags on some Node 20 releases.
 */
export function catalogJson<T>(name: string): T {
  if (!cache.has(name)) {
    cache.set(name, JSON.parse(readFileSync(new URL(`../../../catalog/${name}`, import.meta.url), 'utf8')));
  }
  return cache.get(name) as T;
}
