/**
 * --sbatch-test: before a file is linted, run the real `sbatch --test-only` on the script of each
 * of its Slurm providers (src/site/sbatch-test.ts), so that the sbatch-refuses-job rule can turn
 * each answer into a diagnostic on the key that caused it. Only with the flag: nothing else in
 * parsl-lint runs a scheduler command.
 */
import { parseDocument } from '../document/parse.js';
import { decodeToml } from '../document/source.js';
import { locateString } from '../document/strings.js';
import { buildModel } from '../model/build.js';
import type { SbatchAnswer } from '../site/sbatch-answer.js';
import { SbatchUnavailable, sbatchTestOnly } from '../site/sbatch-test.js';
import { slurmScript } from '../site/slurm-request.js';
import { UsageError } from './errors.js';

/** sbatch's answer to each Slurm provider's script in the file (none if the file does not parse). */
export async function sbatchAnswers(bytes: Uint8Array): Promise<(script: string) => SbatchAnswer | undefined> {
  const decoded = decodeToml(bytes);
  const parsed = decoded.ok ? parseDocument(decoded.text) : undefined;
  const answers = new Map<string, SbatchAnswer>();
  if (!decoded.ok || !parsed?.ok) return () => undefined;
  const model = buildModel(parsed.document);
  for (const object of model.objects) {
    const script = slurmScript(object, (node) => locateString(decoded.text, node));
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
