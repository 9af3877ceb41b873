/** The lint report in the format asked for, and --output-file. */
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ChalkInstance } from 'chalk';
import { repositoryUrl } from '../engine/docs.js';
import { formatCompact } from '../output/compact.js';
import { formatGithub } from '../output/github.js';
import { formatGitlab } from '../output/gitlab.js';
import { formatJson } from '../output/json.js';
import { formatMarkdown } from '../output/markdown.js';
import type { FileReport } from '../output/results.js';
import { formatSarif } from '../output/sarif.js';
import { formatStylish } from '../output/stylish.js';
import { RULES } from '../../rules/index.js';
import { UsageError } from './errors.js';
import { fixSummary } from './fix-summary.js';
import type { CliOptions } from './options.js';
import { packageVersion } from './version.js';

export function renderReport(reports: readonly FileReport[], options: CliOptions, chalk: ChalkInstance): string {
  switch (options.format) {
    case 'json':
      return formatJson(reports);
    case 'github':
      return formatGithub(reports);
    case 'sarif':
      return formatSarif(reports, { version: packageVersion(), informationUri: repositoryUrl(), rules: RULES.map((rule) => rule.meta) });
    case 'gitlab':
      return formatGitlab(reports);
    case 'compact':
      return formatCompact(reports);
    case 'markdown':
      return formatMarkdown(reports);
    case 'stylish': {
      if (reports.length === 0 && options.onlyParslConfigs) return 'no parsl config among the files given (--only-parsl-configs)\n';
      const fixes = fixSummary(reports, options.fix, options.diff);
      return formatStylish(reports, chalk, { fixing: options.fix !== undefined }) + (fixes ? `${chalk.dim(fixes)}\n` : '');
    }
  }
}

/** Writes the report, making the file's directory if need be (as ESLint's -o does). */
export async function writeReport(file: string, report: string): Promise<void> {
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(file, report);
  } catch (error) {
    throw new UsageError(`cannot write the report to ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
}
