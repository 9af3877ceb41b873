/**
 * Reading a batch script's `#$` directives the way Grid Engine's qsub does.
 *
 * Son of Grid Engine 8.1.9 (son-of-gridengine/sge 5432d9d; the same code as Sun Grid Engine
 * 6.2u5 in gridengine/gridengine), `parse_script_file()` in source/common/parse_job_cull.c:
 * - a directive is a line whose first two characters are `#$` ("Special comments in script files
 *   have to start in the first column"); every line of the script is looked at, there is no
 *   header boundary (research/slurm.md A11: sge_submit(1) sets none);
 * - a `#` after the prefix starts a comment; the rest is split at blanks (no quoting).
 * Each line is parsed on its own (`cull_parse_cmdline()` in source/common/parse_qsub.c resets its
 * hard/soft state per call), so a `-soft` applies to the rest of its line only.
 */
import { type DirectiveScan } from '../directive-scan.js';
import type { WrittenSetting } from '../overrides.js';
export interface GridEngineScan extends DirectiveScan {
    /** The hard `-l` resources the directives request, one per resource, in script order (key `-l h_rt`). */
    readonly settings: readonly WrittenSetting[];
}
export declare function scanGridEngineScript(text: string): GridEngineScan;
