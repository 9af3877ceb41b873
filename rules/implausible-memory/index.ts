import { defineRule } from '../../src/engine/rule.js';
import type { Suggestion } from '../../src/engine/diagnostic.js';
import { numberText } from '../../src/document/number-text.js';

/**
 * The memory parameters parsl reads in gigabytes and writes into the job, by provider:
 * SlurmProvider writes `#SBATCH --mem=<mem_per_node>g`, CondorProvider `RequestMemory =
 * <mem_per_slot × 1024>` (megabytes). No other provider has one (catalog/parsl-*.json).
 */
const MEMORY_PARAMS: ReadonlyMap<string, { name: string; per: string; refusal: string; written: (gb: number, text: string) => string }> = new Map([
  ['SlurmProvider', { name: 'mem_per_node', per: 'node', refusal: 'sbatch refuses the job ("Requested node configuration is not available")', written: (_, text) => `#SBATCH --mem=${text}g` }],
  ['CondorProvider', { name: 'mem_per_slot', per: 'slot', refusal: 'HTCondor never matches the job to a machine and it stays idle', written: (gb, text) => `RequestMemory = ${Number.isSafeInteger(gb * 1024) ? gb * 1024 : `${text} × 1024`}` }],
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
      if (!entry || value?.kind !== 'scalar' || typeof value.value !== 'number' || !Number.isFinite(value.value) || value.value < IMPLAUSIBLE_GB) return;
      const gb = value.value;
      const text = numberText(value);
      const tb = gb / 1024;
      // Read as megabytes, a value up to 16 TB is a real node; beyond that it is not meant in MB either.
      const meantInMb = tb < IMPLAUSIBLE_GB;
      context.report({
        at: value,
        message: {
          headline: `${param.name} = ${text} counts gigabytes`,
          note:
            `parsl writes \`${param.written(gb, text)}\`, ${tb < 1e9 ? Math.round(tb) : 'billions of'} TB per ${param.per}, ` +
            `which no node has: ${param.refusal}, and no worker runs.`,
          help: meantInMb ? `If you meant ${text} MB, write ${param.name} = ${Math.floor(tb)}` : `Write the memory of one ${param.per} in GB`,
        },
        suggestions: meantInMb ? suggestions(param.name, value.span, gb) : [],
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
