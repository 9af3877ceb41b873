/**
 * The lint report in the format asked for, written as the files are linted: the formats read top
 * to bottom (stylish, compact, github) write each file's part as soon as it is done, so a run
 * keeps no file's text once its part is written; the others (JSON, SARIF, GitLab, Markdown) need
 * every file first and are written whole at the end, from what each file left (FileOutcome).
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { repositoryUrl } from '../engine/docs.js';
import { makeFolders } from '../make-folders.js';
import { formatCompact } from '../output/compact.js';
import { formatGithub } from '../output/github.js';
import type { FileOutcome, FileReport, ReportTally } from '../output/results.js';
import { formatStylishFile, formatStylishSummary } from '../output/stylish.js';
import { RULES } from '../../rules/index.js';
import { UsageError } from './errors.js';
import { fixSummary } from './fix-summary.js';
import type { CliOptions } from './options.js';
import { packageVersion } from './version.js';

/** Whether the report needs every file's outcome at the end (reportEnd); the other formats need only the tally. */
export function writtenWhole(format: CliOptions['format']): boolean {
  return format !== 'stylish' && format !== 'compact' && format !== 'github';
}

/** What a file adds to the report as soon as it is linted; '' in the formats written whole at the end. */
export function reportPart(report: FileReport, options: CliOptions, chalk: ChalkInstance): string {
  switch (options.format) {
    case 'stylish':
      return formatStylishFile(report, chalk, { fixing: options.fix !== undefined });
    case 'compact':
      return formatCompact([report]);
    case 'github':
      return formatGithub([report]);
    default:
      return '';
  }
}

/**
 * The rest of the report once every file is linted: the closing lines, from the tally, or all of
 * it in the formats written whole, from `outcomes` (kept only for those).
 */
export async function reportEnd(outcomes: readonly FileOutcome[], tally: ReportTally, options: CliOptions, chalk: ChalkInstance): Promise<string> {
  // The formats written whole are loaded when asked for: a run in the default format does without them.
  switch (options.format) {
    case 'json':
      return (await import('../output/json.js')).formatJson(outcomes);
    case 'sarif': {
      const rules = RULES.map((rule) => rule.meta);
      return (await import('../output/sarif.js')).formatSarif(outcomes, { version: packageVersion(), informationUri: repositoryUrl(), rules });
    }
    case 'gitlab':
      return (await import('../output/gitlab.js')).formatGitlab(outcomes);
    case 'markdown':
      return (await import('../output/markdown.js')).formatMarkdown(outcomes);
    case 'compact':
    case 'github':
      return '';
    case 'stylish': {
      if (tally.files === 0 && options.onlyParslConfigs) return 'no parsl config among the files given (--only-parsl-configs)\n';
      const fixes = fixSummary(tally, options.fix, options.diff);
      return formatStylishSummary(tally, chalk) + (fixes ? `${chalk.dim(fixes)}\n` : '');
    }
  }
}

/**
 * Where the report goes: an output stream, or --output-file (its directory made if need be, as
 * ESLint's -o does). Pieces are gathered up to 64 KiB per write. The file is created at the first
 * write, so a run that fails before its first 64 KiB leaves none.
 */
export class ReportSink {
  private pending: string[] = [];
  private pendingLength = 0;
  private fd: number | undefined;

  constructor(private readonly to: { readonly stream: NodeJS.WritableStream } | { readonly file: string }) {}

  write(text: string): void {
    this.pending.push(text);
    this.pendingLength += text.length;
    if (this.pendingLength >= 64 * 1024) this.flush();
  }

  /** Writes what is left; an --output-file is written (empty) even when the report is. */
  close(): void {
    this.flush();
    if ('file' in this.to) this.inFile(this.to.file, (fd) => closeSync(fd));
  }

  private flush(): void {
    const text = this.pending.join('');
    this.pending = [];
    this.pendingLength = 0;
    if (text === '') return;
    if ('stream' in this.to) this.to.stream.write(text);
    else this.inFile(this.to.file, (fd) => writeAll(fd, Buffer.from(text)));
  }

  private inFile(file: string, use: (fd: number) => void): void {
    try {
      if (this.fd === undefined) {
        makeFolders(path.dirname(file));
        this.fd = openSync(file, 'w');
      }
      use(this.fd);
    } catch (error) {
      throw new UsageError(`cannot write the report to ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
    }
  }
}

function writeAll(fd: number, bytes: Buffer): void {
  for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
}
