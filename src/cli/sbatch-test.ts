/**
 * --sbatch-test: before a file is linted, run the real `sbatch --test-only` on the script of each
 * of its Slurm providers (src/site/sbatch-test.ts), so that the sbatch-refuses-job rule can turn
 * each answer into a diagnostic on the key that caused it. Only with the flag: nothing else in
 * parsl-lint runs a scheduler command.
 */
import { parseDocument } from '../document/parse.js';
import { decodeToml } from '../document/source.js';
import { locateString } from '../document/strings.js';
import { parslCatalog, type ResolvedTarget } from '../catalog/index.js';
import { buildModel } from '../model/build.js';
import { buildJobs } from '../model/jobs.js';
import type { SbatchAnswer } from '../site/sbatch-answer.js';
import { SbatchUnavailable, sbatchTestOnly } from '../site/sbatch-test.js';
import { slurmScript } from '../site/slurm-request.js';
import { UsageError } from './errors.js';

/**
 * sbatch's answer to each Slurm provider's script in the file (none if the file does not parse),
 * rendered for the release the file is linted against, as the rules will render it.
 */
export async function sbatchAnswers(bytes: Uint8Array, target: ResolvedTarget): Promise<(script: string) => SbatchAnswer | undefined> {
  const decoded = decodeToml(bytes);
  const parsed = decoded.ok ? parseDocument(decoded.text) : undefined;
  const answers = new Map<string, SbatchAnswer>();
  if (!decoded.ok || !parsed?.ok) return () => undefined;
  const jobs = buildJobs(buildModel(parsed.document), parslCatalog(target.parsl), (node) => locateString(decoded.text, node));
  for (const job of jobs) {
    const script = slurmScript(job);
    if (script === undefined || answers.has(script)) continue;
    try {
      answers.set(script, await sbatchTestOnly(script));
    } catch (error) {
      if (error instanceof SbatchUnavailable) throw new UsageError(error.message);
      throw error;
    }
  }
  return (script) => answers.get(script);
}
