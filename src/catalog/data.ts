import { readFileSync } from 'node:fs';
import { packageFile } from '../package-files.js';

const cache = new Map<string, unknown>();

/**
 * A file of the package's catalog/ directory, parsed once. The data is read at run time rather
 * than imported, as JSON import attributes need flags on some Node 20 releases.
 */
export function catalogJson<T>(name: string): T {
  if (!cache.has(name)) cache.set(name, JSON.parse(readFileSync(packageFile(`catalog/${name}`), 'utf8')));
  return cache.get(name) as T;
}
