/**
 * `parsl-lint explain`: for each batch job of each file, the script parsl will write, line by line,
 * with where each line comes from (parsl itself, a field with its value or default, the user's
 * `scheduler_options` / `worker_init`), which lines the submit command skips or overrides, what the
 * job asks the cluster for, and the errors that would stop it. An output over the lint result: the
 * same parse, target and settings as linting.
 */
import type { ChalkInstance } from 'chalk';
import type { Span } from '../document/source.js';
import { scalarText } from '../document/number-text.js';
import { entrySpan, type TomlNode } from '../document/tree.js';
import type { Diagnostic } from '../engine/diagnostic.js';
import type { JobPlan } from '../model/job-plan.js';
import { writtenExecutorLabel, type Job } from '../model/jobs.js';
import type { ParslObject } from '../model/config.js';
import type { ScriptLine } from '../scheduler/rendered-script.js';
import { printable } from './printable.js';
import type { FileReport } from './results.js';

export interface ExplainedLine {
  readonly text: string;
  /** `parsl`, `scheduler_options`, `worker_init`, or the field parsl wrote it from: `walltime = "24:00:00"`, `exclusive (default)`. */
  readonly origin: string;
  /** Why the submit command does not take the line as written, if it does not. */
  readonly note?: string;
}

export interface ExplainedJob {
  readonly executor: string | undefined;
  readonly provider: string;
  readonly scheduler: string;
  readonly submitCommand: string;
  readonly lines: readonly ExplainedLine[];
  readonly plan: JobPlan;
  /** Errors on the provider: parsl or the scheduler would refuse the job as written. */
  readonly errors: readonly Diagnostic[];
}

function explainJobs(report: FileReport): ExplainedJob[] {
  return (report.jobs ?? []).map((job) => {
    const extent = objectExtent(job.provider);
    return {
      executor: writtenExecutorLabel(job.provider),
      provider: job.provider.className!,
      scheduler: job.scheduler.name,
      submitCommand: job.scheduler.submitCommand,
      lines: job.script.lines.map((line) => ({ text: line.text, origin: origin(line, job), ...noteOn(line, job) })),
      plan: job.plan,
      errors: report.diagnostics.filter((d) => d.severity === 'error' && extent.start <= d.span.start && d.span.start < extent.end),
    };
  });
}

export function formatExplain(reports: readonly FileReport[], chalk: ChalkInstance): string {
  const blocks: string[] = [];
  for (const report of reports) {
    const jobs = explainJobs(report);
    if (jobs.length === 0) {
      blocks.push(`${printable(report.path)}: no batch-scheduler provider (Slurm, PBS Pro, Torque, LSF, Grid Engine) to explain`);
      continue;
    }
    for (const job of jobs) blocks.push(formatJob(report.path, job, chalk));
  }
  return blocks.length > 0 ? `${blocks.join('\n\n')}\n` : '';
}

export function formatExplainJson(reports: readonly FileReport[]): string {
  const files = reports.map((report) => ({
    path: report.path,
    jobs: explainJobs(report).map((job) => ({
      ...job,
      errors: job.errors.map((d) => ({ rule: d.rule, message: d.message, line: d.start.line, column: d.start.column })),
    })),
  }));
  return `${JSON.stringify({ version: 1, files }, null, 2)}\n`;
}

function formatJob(path: string, job: ExplainedJob, chalk: ChalkInstance): string {
  const executor = job.executor === undefined ? 'an executor' : `executor "${printable(job.executor)}"`;
  const title = chalk.bold(`${printable(path)}: ${executor} → ${job.provider}: the script parsl writes for each block (${job.submitCommand} reads it)`);
  const width = Math.min(60, Math.max(...job.lines.map((line) => printable(line.text).length)));
  const body = job.lines.map((line) => {
    const note = line.note ? chalk.red(`  (${line.note})`) : '';
    return `  ${printable(line.text).padEnd(width)}  ${chalk.dim(line.origin ? `← ${printable(line.origin)}` : '')}${note}`.trimEnd();
  });
  const errors =
    job.errors.length > 0
      ? [
          chalk.red(`  errors in this provider: the job fails, or does not get what the config asks for (the script above is what parsl would write once they are fixed):`),
          ...job.errors.map((error) => chalk.red(`  ✖ line ${error.start.line}: ${printable(error.message)} (${error.rule})`)),
        ]
      : [];
  return [title, ...body, ...describePlan(job.plan), ...errors].join('\n');
}

/** The plan in a person's units: per block, then at max_blocks. */
function describePlan(plan: JobPlan): string[] {
  const nodes = plan.nodesPerBlock;
  const perBlock = [
    nodes === undefined ? undefined : plural(nodes, 'node'),
    plan.coresPerNode === undefined ? 'the scheduler’s default cores' : `${plural(plan.coresPerNode, 'core')} per node`,
    plan.memoryPerNodeGB === undefined ? undefined : `${plan.memoryPerNodeGB} GB per node`,
    plan.walltimeMinutes === undefined ? undefined : `walltime ${hours(plan.walltimeMinutes)}`,
    plan.workersPerNode === undefined ? undefined : `${plural(plan.workersPerNode, 'worker')} per node`,
  ].filter(Boolean);
  const lines = [`  each block: ${perBlock.join(', ')}`];
  if (plan.maxBlocks !== undefined && nodes !== undefined) {
    const total = [
      plural(plan.maxBlocks * nodes, 'node'),
      ...(plan.coresPerNode === undefined ? [] : [plural(plan.maxBlocks * nodes * plan.coresPerNode, 'core')]),
      ...(plan.memoryPerNodeGB === undefined ? [] : [`${count(plan.maxBlocks * nodes * plan.memoryPerNodeGB)} GB`]),
    ];
    const coreHours = plan.maxCoreHours === undefined ? '' : `; at most ${plural(plan.maxCoreHours, 'core-hour')} (${plural(plan.maxBlocks, 'block')} × ${plural(nodes * plan.coresPerNode!, 'core')} × ${hours(plan.walltimeMinutes!)})`;
    lines.push(`  at max_blocks = ${plan.maxBlocks}: ${total.join(', ')}${coreHours}`);
  }
  if (plan.workers) {
    // Empty fields of parsl's template leave runs of blanks: shown collapsed.
    lines.push(`  then on each block: ${plan.workers.perNode} (${plan.workers.launcher})`, `    ${printable(plan.workers.command.replace(/ {2,}/g, ' ').trim())}`);
  }
  return lines;
}

function hours(minutes: number): string {
  return minutes % 60 === 0 ? `${minutes / 60} h` : `${minutes} min`;
}

/** `1 node`, `2,400 GB`-style counts: thousands separated, one decimal for fractions. */
function count(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : value.toFixed(1);
}

function plural(value: number, unit: string): string {
  return `${count(value)} ${unit}${value === 1 ? '' : 's'}`;
}

/** Who wrote a line: the user's string, a field of the provider (with its value or default), or parsl itself. */
function origin(line: ScriptLine, job: Job): string {
  if (line.source === 'scheduler_options' || line.source === 'worker_init') return line.source;
  if (line.text.trim() === '') return '';
  if (!line.field) return 'parsl';
  const entry = job.entry(line.field);
  return entry ? `${line.field} = ${shown(entry.value)}` : `${line.field} (default)`;
}

/** Why the submit command does not take a line as written. */
function noteOn(line: ScriptLine, job: Job): { note?: string } {
  const { reading, scheduler } = job;
  const command = scheduler.submitCommand;
  if (reading.lines[line.index]?.kind === 'ignored-directive') return { note: `${command} ignores it: after the header` };
  if (line.index === reading.headerEnd && line.source === 'scheduler_options') return { note: `not a directive: ${command} stops reading the header here` };
  const ignored = reading.ignored.find((found) => found.line === line.index && found.kind !== 'translated-directive');
  if (ignored?.kind === 'lookalike-directive') return { note: `${command} reads it as a comment` };
  if (ignored?.kind === 'missing-prefix') return { note: `not a directive: it runs as a command` };
  if (ignored) return { note: `${command} ignores part of it` };
  const lost = reading.overrides.find((override) => override.lost.line === line.index);
  if (lost) return { note: `overridden: ${command} keeps ${lost.kept.text}` };
  return {};
}

function shown(node: TomlNode): string {
  return node.kind === 'scalar' ? scalarText(node) : node.kind;
}

/** From the object's table (or inline value) to the end of its last key/value. */
function objectExtent(object: ParslObject): Span {
  const ends = [...(object.table?.entries.values() ?? [])].map((entry) => entrySpan(entry).end);
  return { start: object.node.span.start, end: Math.max(object.node.span.end, ...ends) };
}
