/**
 * Whether renaming one parameter name to another can only fix its spelling, or may change what it
 * asks for. `mem_per_node` is two edits from `cpus_per_node`, yet renaming it turns memory into
 * CPUs; `max_workers_per_block` and `max_workers_per_node` count per different things. So a
 * rename is a spelling fix only when, word by word (words split at `_` and `-`), each pair is the
 * same word, two names of the same quantity below, or a misspelling (a third of the word at most)
 * of a word that names no quantity of another kind.
 */
import { editDistance } from '../suggest.js';

/** Words parsl's parameter names use for what they count or measure, by quantity. */
const QUANTITIES: ReadonlyMap<string, string> = new Map(
  Object.entries({
    memory: ['mem', 'memory'],
    cpu: ['cpu', 'cpus', 'core', 'cores'],
    gpu: ['gpu', 'gpus', 'accelerator', 'accelerators'],
    node: ['node', 'nodes'],
    block: ['block', 'blocks'],
    worker: ['worker', 'workers'],
    slot: ['slot', 'slots'],
    task: ['task', 'tasks'],
    time: ['time', 'walltime', 'timeout'],
    port: ['port', 'ports'],
  }).flatMap(([quantity, words]) => words.map((word) => [word, quantity] as const)),
);

export function sameMeaning(written: string, renamed: string): boolean {
  const from = words(written);
  const to = words(renamed);
  if (from.join('') === to.join('')) return true; // only the separators differ: `wall_time`, `walltime`
  if (from.length !== to.length) return false;
  return from.every((word, i) => sameWord(word, to[i]!));
}

function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  const quantityA = QUANTITIES.get(a);
  const quantityB = QUANTITIES.get(b);
  if (quantityA !== undefined && quantityB !== undefined) return quantityA === quantityB;
  return editDistance(a, b) <= Math.max(1, Math.floor(Math.max(a.length, b.length) / 3));
}

function words(name: string): string[] {
  return name.toLowerCase().split(/[_-]+/).filter((word) => word !== '');
}
