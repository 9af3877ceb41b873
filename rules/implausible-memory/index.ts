import { defineRule } from '../../src/engine/rule.js';
import type { Suggestion } from '../../src/engine/diagnostic.js';

/**
 * The memory parameters parsl reads in gigabytes and writes into the job, by provider:
 * SlurmProvider writes `#SBATCH --mem=<mem_per_node>g`, CondorProvider `RequestMemory =
 * <mem_per_slot × 1024>` (megabytes). No other provider has one (catalog/parsl-*.json).
 */
const MEMORY_PARAMS: ReadonlyMap<string, { name: string; per: string; refusal: string; written: (gb: number) => string }> = new Map([
  ['SlurmProvider', { name: 'mem_per_node', per: 'node', refusal: 'sbatch refuses the job ("Requested node configuration is not available")', written: (gb) => `#SBATCH --mem=${gb}g` }],
  ['CondorProvider', { name: 'mem_per_slot', per: 'slot', refusal: 'HTCondor never matches the job to a machine and it stays idle', written: (gb) => `RequestMemory = ${gb * 1024}` }],
]);

/** 16 TiB: beyond the memory of any node a QIIME 2 user gets, and where MB values start (16384 MB). */
const IMPLAUSIBLE_GB = 16384;

export const rule = defineRule({
  meta: {
    id: 'implausible-memory',
    severity: 'warning',
    description: 'A memory size in gigabytes (`mem_per_node`, `mem_per_slot`) so large it was probably meant in megabytes.',
    fix: 'none',
  },
  create: (context) => ({
    object(object) {
      const param = object.className ? MEMORY_PARAMS.get(object.className) : undefined;
      if (object.group !== 'providers' || !param) return;
      const entry = object.params.get(param.name);
      const value = entry?.value;
      if (!entry || value?.kind !== 'scalar' || typeof value.value !== 'number' || value.value < IMPLAUSIBLE_GB) return;
      const gb = value.value;
      context.report({
        at: value,
        message:
          `${param.name} = ${gb} counts gigabytes: parsl writes \`${param.written(gb)}\`, ${Math.round(gb / 1024)} TB per ${param.per}, which no node has: ${param.refusal}, and no worker runs. ` +
          `If you meant ${gb} MB, write ${param.name} = ${Math.floor(gb / 1024)}`,
        suggestions: suggestions(param.name, value.span, gb),
      });
    },
  }),
});


/** The value read as megabytes (Slurm's default unit, 1024 to the GB), and as 1000 to the GB when it is a round thousand. */
function suggestions(name: string, span: { start: number; end: number }, mb: number): Suggestion[] {
  const binary = Math.floor(mb / 1024);
  const result: Suggestion[] = [{ description: `${name} = ${binary} (${mb} MB at 1024 MB to the GB)`, edits: [{ ...span, text: String(binary) }] }];
  if (mb % 1000 === 0 && mb / 1000 !== binary) result.push({ description: `${name} = ${mb / 1000} (${mb} MB at 1000 MB to the GB)`, edits: [{ ...span, text: String(mb / 1000) }] });
  return result;
}
