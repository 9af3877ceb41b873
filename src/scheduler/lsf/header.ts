/**
 * The batch script parsl's LSFProvider writes, line by line, with where each line came from.
 *
 * Sources (parsl-signatures/README.md "Batch-script headers"): parsl
 * `parsl/providers/lsf/template.py`, `LSFProvider.__init__` (which appends `-P`, `-q` and the
 * node or core request to the user's `scheduler_options`) and `submit()` (which converts the
 * walltime with `wtime_to_minutes`), read at Parsl/parsl b8b474c7 and at tag 2024.04.15 (same
 * shape).
 */
import { parslWalltimeToMinutes } from '../walltime.js';
import {
  assembleScript,
  fieldPiece,
  jobName,
  pythonInt,
  scriptDir,
  templatePiece,
  type RenderedScript,
  type ScriptContext,
  type ScriptPiece,
} from '../rendered-script.js';

/** The parameters that shape the script, by their parsl names, with the target release's defaults where unwritten (src/model/jobs.ts). */
export interface LsfProviderFields {
  readonly walltime: string;
  readonly nodes_per_block: number;
  readonly cores_per_block?: number | null;
  readonly cores_per_node?: number | null;
  readonly request_by_nodes: boolean;
  readonly project?: string | null;
  readonly queue?: string | null;
  readonly scheduler_options: string;
  readonly worker_init: string;
}

export type LsfProviderField = keyof LsfProviderFields;

/**
 * When parsl would raise before writing any script (an assertion in `__init__` when cores are
 * requested without both core counts, a walltime `wtime_to_minutes` cannot read in `submit()`),
 * what it would need is left out; the rest is what parsl would write once that is fixed.
 */
export function renderLsfHeader(fields: LsfProviderFields, context: ScriptContext = {}): RenderedScript<LsfProviderField> {
  const job = jobName(context);
  const dir = scriptDir(context);
  const walltime = parslWalltimeToMinutes(fields.walltime);
  const pieces: ScriptPiece<LsfProviderField>[] = [templatePiece('#!/bin/bash\n\n')];
  if (walltime.ok) pieces.push(templatePiece(`#BSUB -W ${pythonInt(walltime.minutes)}\n`, 'walltime'));
  pieces.push(
    templatePiece(`#BSUB -J ${job}\n#BSUB -o ${dir}/${job}.submit.stdout\n#BSUB -e ${dir}/${job}.submit.stderr\n`),
    fieldPiece('scheduler_options', 'scheduler_options', fields.scheduler_options),
    { text: '\n', source: 'scheduler_options', field: 'scheduler_options' },
  );
  // Python truthiness: None and '' add nothing.
  if (fields.project) pieces.push({ text: `#BSUB -P ${fields.project}\n`, source: 'appended', field: 'project' });
  if (fields.queue) pieces.push({ text: `#BSUB -q ${fields.queue}\n`, source: 'appended', field: 'queue' });
  pieces.push(...resourceRequest(fields));
  pieces.push(
    templatePiece('\n\n'),
    fieldPiece('worker_init', 'worker_init', fields.worker_init),
    templatePiece(`\n\nexport JOBNAME="${job}"\n`),
  );
  return assembleScript(pieces);
}

/**
 * `-nnodes` when `request_by_nodes` (the default), else `-n` cores and a `span[ptile=]`; nothing
 * where `__init__` asserts (a core count missing, or `cores_per_node` 0).
 */
function resourceRequest(fields: LsfProviderFields): ScriptPiece<LsfProviderField>[] {
  if (fields.request_by_nodes) {
    return [{ text: `#BSUB -nnodes ${pythonInt(fields.nodes_per_block)}\n`, source: 'appended', field: 'nodes_per_block' }];
  }
  const { cores_per_block: perBlock, cores_per_node: perNode } = fields;
  if (perBlock === undefined || perBlock === null || !perNode) return [];
  return [
    { text: `#BSUB -n ${pythonInt(perBlock)}\n`, source: 'appended', field: 'cores_per_block' },
    { text: `#BSUB -R "span[ptile=${pythonInt(perNode)}]"\n`, source: 'appended', field: 'cores_per_node' },
  ];
}
