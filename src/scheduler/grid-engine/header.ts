/**
 * The batch script parsl's GridEngineProvider writes, line by line, with where each line came
 * from, and which `-l` resource values qsub keeps.
 *
 * Sources (parsl-signatures/README.md "Batch-script headers"): parsl
 * `parsl/providers/grid_engine/template.py` (`#$$` is string.Template's escape for `#$`) and
 * `GridEngineProvider.get_configs()` / `submit()`, read at Parsl/parsl b8b474c7 and at tag
 * 2024.04.15 (same shape). The walltime is written as given. `queue` goes on qsub's command line
 * (`qsub -q <queue> -terse <script>`), where Grid Engine adds it to the queue list rather than
 * replacing one, so it overrides nothing.
 */
import { assembleScript, fieldPiece, jobName, scriptDir, templatePiece, type RenderedScript, type ScriptContext } from '../rendered-script.js';
import { lastWins, type SettingOverride, type WrittenSetting } from '../overrides.js';

/** The parameters that shape the script, by their parsl names, with the target release's defaults where unwritten (src/model/jobs.ts). */
export interface GridEngineProviderFields {
  /** Written as given. */
  readonly walltime: string;
  readonly scheduler_options: string;
  readonly worker_init: string;
}

export type GridEngineProviderField = keyof GridEngineProviderFields;

export function renderGridEngineHeader(fields: GridEngineProviderFields, context: ScriptContext = {}): RenderedScript<GridEngineProviderField> {
  const job = jobName(context);
  const dir = scriptDir(context);
  return assembleScript<GridEngineProviderField>([
    templatePiece('#!/bin/bash\n#$ -S /bin/bash\n'),
    templatePiece(`#$ -o ${dir}/${job}.submit.stdout\n#$ -e ${dir}/${job}.submit.stderr\n#$ -cwd\n`),
    templatePiece(`#$ -l h_rt=${fields.walltime}\n`, 'walltime'),
    fieldPiece('scheduler_options', 'scheduler_options', fields.scheduler_options),
    { text: '\n', source: 'scheduler_options', field: 'scheduler_options' },
    templatePiece('\n'),
    fieldPiece('worker_init', 'worker_init', fields.worker_init),
    templatePiece(`\n\nexport JOBNAME="${job}"\n`),
  ]);
}

/**
 * qsub processes directives "from top to bottom of the script file" (sge_submit(1), research/
 * slurm.md A11), and of two hard requests for one resource keeps the later one:
 * `centry_list_remove_duplicates()` after `parse_list_hardsoft(cmdline, "-l", ...)` in
 * `cull_parse_job_parameter()` (source/common/parse_job_cull.c), whose
 * `cull_compress_definition_list()` (source/libs/sgeobj/cull_parse_util.c) "removes duplicate
 * entries within a definition list e.g. a=1,a=2 -> a=2". Son of Grid Engine 8.1.9 and Sun Grid
 * Engine 6.2u5 source; the man page itself does not say (A11).
 */
export function gridEngineOverrides(settings: readonly WrittenSetting[]): SettingOverride[] {
  return lastWins(settings, 'Grid Engine reads directives from top to bottom and keeps the last value of a resource');
}
