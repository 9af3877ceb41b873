/**
 * The code flows one way: no source file imports, directly or through others, a file that imports
 * it back (type-only imports included, since they tie two modules' shapes together just the same).
 */
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from './support/paths.js';

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(repoRoot, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(repoRoot, path.join(entry.parentPath, entry.name)));
}

/** Each file's relative imports and re-exports, as repository paths of .ts files. */
function importGraph(files: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of files) {
    const text = readFileSync(path.join(repoRoot, file), 'utf8');
    const targets = [...text.matchAll(/^(?:import|export)\b[^;]*?\bfrom '(\.[^']+)\.js'/gms)].map((match) => path.normalize(path.join(path.dirname(file), `${match[1]}.ts`)));
    graph.set(file, targets);
  }
  return graph;
}

test('no import cycles in src/ and rules/', () => {
  const graph = importGraph([...sourceFiles('src'), ...sourceFiles('rules')]);
  const cycles: string[] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'open');
    stack.push(file);
    for (const target of graph.get(file) ?? []) {
      if (state.get(target) === 'open') cycles.push([...stack.slice(stack.indexOf(target)), target].join(' → '));
      else if (!state.has(target)) visit(target);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  assert.ok(graph.size > 100, `found only ${graph.size} source files`);
  assert.deepEqual(cycles, []);
});
