/**
 * `parsl-lint explain FILE`: for each batch-scheduler provider, the script parsl will write,
 * line by line, with where each line comes from: parsl itself, a field of the provider (with its
 * value, or its default), or the user's `scheduler_options` / `worker_init`. For Slurm, lines
 * sbatch will not read as directives are marked. A preview of what the job will ask for.
 */
import type { ChalkInstance } from 'chalk';
import { parseDocument } from '../document/parse.js';
import { decodeToml } from '../document/source.js';
import { locateString } from '../document/strings.js';
import { schedulerJob, writtenExecutorLabel, type BatchJob } from '../model/batch-job.js';
import { buildModel } from '../model/build.js';
import type { ParslObject } from '../model/config.js';
import { slurmJob } from '../model/slurm-job.js';
import type { ScriptLine } from '../scheduler/rendered-script.js';
import type { HeaderScan } from '../scheduler/slurm/directives.js';
import { resolveTarget } from '../catalog/index.js';
import type { Span } from '../document/source.js';
import { entrySpan, type TomlNode } from '../document/tree.js';
import { lintText } from '../engine/lint.js';
import { printable } from '../output/printable.js';
import { RULES } from '../../rules/index.js';
import { readProblem, readRegularFile } from '../read-file.js';
import { UsageError } from './errors.js';

export async function explain(file: string, chalk: ChalkInstance): Promise<number> {
  let bytes: Uint8Array;
  try {
    bytes = readRegularFile(file);
  } catch (error) {
    throw new UsageError(`cannot read ${file}: ${readProblem(error)}`);
  }
  const decoded = decodeToml(bytes);
  const parsed = decoded.ok ? parseDocument(decoded.text) : undefined;
  if (!decoded.ok || !parsed?.ok) {
    process.stderr.write(`parsl-lint: ${file} is not valid TOML; run parsl-lint ${file} to see where\n`);
    return 1;
  }
  const locate = (node: Parameters<typeof locateString>[1]) => locateString(decoded.text, node);
  const model = buildModel(parsed.document);
  const jobs = model.objects.flatMap((object) => {
    const slurm = slurmJob(object, locate);
    const job = slurm ?? schedulerJob(object, locate);
    return job ? [{ object, job, sbatch: slurm?.analysis.scan }] : [];
  });
  if (jobs.length === 0) {
    process.stdout.write(`${file}: no batch-scheduler provider (Slurm, PBS Pro, Torque, LSF, Grid Engine) to explain\n`);
    return 0;
  }
  // The preview assumes a provider parsl accepts: say first what would stop it.
  const errors = lintText(decoded.text, { rules: RULES, target: resolveTarget({}) }).diagnostics.filter((diagnostic) => diagnostic.severity === 'error');
  const blocks = jobs.map(({ object, job, sbatch }) => {
    const extent = objectExtent(object);
    const blocking = errors.filter((error) => error.span.start >= extent.start && error.span.start < extent.end);
    const warning = blocking.map((error) => chalk.red(`  ✖ line ${error.start.line}: ${printable(error.message)} (${error.rule})`));
    const note = blocking.length > 0 ? [chalk.red('  parsl or sbatch would refuse this provider as written (the script above keeps only what they accept):'), ...warning] : [];
    return [describeJob(object, job, sbatch, chalk), ...note].join('\n');
  });
  process.stdout.write(`${blocks.join('\n\n')}\n`);
  return 0;
}

/** `sbatch`: how sbatch reads a Slurm script, to mark the lines it skips. */
function describeJob(provider: ParslObject, job: BatchJob, sbatch: HeaderScan | undefined, chalk: ChalkInstance): string {
  const label = writtenExecutorLabel(provider);
  const executor = label === undefined ? 'an executor' : `executor "${label}"`;
  const title = chalk.bold(`${executor} → ${provider.className}: the script parsl writes for each block`);
  const lines = job.script.lines;
  const width = Math.min(60, Math.max(...lines.map((line) => line.text.length)));
  const body = lines.map((line) => {
    const lookalike = sbatch?.problems.some((problem) => problem.kind === 'lookalike-directive' && problem.line === line.index);
    const ignored =
      sbatch?.lines[line.index]?.kind === 'ignored-directive'
        ? chalk.red('  (sbatch ignores it: after the header)')
        : lookalike
          ? chalk.red('  (sbatch reads it as a comment)')
          : '';
    const ends = line.index === sbatch?.headerEnd && line.source === 'scheduler_options' ? chalk.red('  (not a directive: sbatch stops reading the header here)') : '';
    return `  ${line.text.padEnd(width)}  ${chalk.dim(origin(line, job))}${ignored}${ends}`.trimEnd();
  });
  return [title, ...body].join('\n');
}

/** From the object's table (or inline value) to the end of its last key/value. */
function objectExtent(object: ParslObject): Span {
  const ends = [...(object.table?.entries.values() ?? [])].map((entry) => entrySpan(entry).end);
  return { start: object.node.span.start, end: Math.max(object.node.span.end, ...ends) };
}

function origin(line: ScriptLine, job: BatchJob): string {
  if (line.source === 'scheduler_options' || line.source === 'worker_init') return `← ${line.source}`;
  if (line.text.trim() === '') return '';
  if (!line.field) return '← parsl';
  const entry = job.entry(line.field);
  return entry ? `← ${line.field} = ${shown(entry.value)}` : `← ${line.field} (default)`;
}

function shown(node: TomlNode): string {
  if (node.kind !== 'scalar') return node.kind;
  return typeof node.value === 'string' ? JSON.stringify(node.value) : String(node.value);
}
