/**
 * `parsl-lint cluster-profile [FILE ...] [--output FILE]`: the site's cluster profile, from the
 * live `scontrol` or from files holding its output (`scontrol --all --oneliner show partition`,
 * `scontrol --oneliner show node`, in any order). It runs scontrol only when given no files,
 * with an argument array (no shell) and a timeout; scontrol only reads the controller's state.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { CommandFailed, runCommand } from '../site/run-command.js';
import { parseOneliner, profileToml, summarize, type ScontrolRecord } from '../site/scontrol.js';
import { UsageError } from './errors.js';
import { writeNewFile } from './write-new-file.js';

export interface ClusterProfileRequest {
  /** Files of scontrol output; none: ask the live scontrol. */
  readonly files: readonly string[];
  readonly output: string | undefined;
  readonly force: boolean;
}

const SCONTROL_TIMEOUT_MS = 30_000;

export async function clusterProfile(request: ClusterProfileRequest, cwd: string): Promise<number> {
  const { records, origin } = request.files.length > 0 ? await fromFiles(request.files, cwd) : await fromScontrol();
  const partitions = records.filter((record) => record.has('PartitionName'));
  const nodes = records.filter((record) => record.has('NodeName'));
  if (partitions.length === 0) throw new UsageError(`no partition in ${origin} (expected lines of \`scontrol --all --oneliner show partition\`)`);
  if (nodes.length === 0) throw new UsageError(`no node in ${origin} (expected lines of \`scontrol --oneliner show node\` too)`);
  const text = profileToml(summarize(partitions, nodes), origin);
  if (request.output === undefined) {
    process.stdout.write(text);
  } else {
    await writeNewFile(path.resolve(cwd, request.output), text, request.force, request.output);
    process.stderr.write(`parsl-lint: wrote ${request.output} (${partitions.length} partition${partitions.length === 1 ? '' : 's'}, ${nodes.length} node${nodes.length === 1 ? '' : 's'}); point parsl-lint.toml at it with profile = "${request.output}"\n`);
  }
  return 0;
}

async function fromFiles(files: readonly string[], cwd: string): Promise<{ records: ScontrolRecord[]; origin: string }> {
  const records: ScontrolRecord[] = [];
  for (const file of files) {
    const text = await readFile(path.resolve(cwd, file), 'utf8').catch((error: NodeJS.ErrnoException) => {
      throw new UsageError(`cannot read ${file}: ${error.code ?? error.message}`);
    });
    records.push(...parseOneliner(text));
  }
  return { records, origin: files.join(' and ') };
}

async function fromScontrol(): Promise<{ records: ScontrolRecord[]; origin: string }> {
  const records: ScontrolRecord[] = [];
  for (const args of [['--all', '--oneliner', 'show', 'partition'], ['--oneliner', 'show', 'node']]) {
    let result;
    try {
      result = await runCommand('scontrol', args, SCONTROL_TIMEOUT_MS);
    } catch (error) {
      if (!(error instanceof CommandFailed)) throw error;
      if (error.reason === 'not-installed') throw new UsageError('scontrol is not installed here; run this on a login node of the cluster, or give files of `scontrol --all --oneliner show partition` and `scontrol --oneliner show node` output');
      throw new UsageError(`scontrol ${args.join(' ')}: ${error.message}`);
    }
    if (result.exitCode !== 0) throw new UsageError(`scontrol ${args.join(' ')} failed: ${result.stderr.trim().split('\n')[0] ?? `exit code ${result.exitCode}`}`);
    records.push(...parseOneliner(result.stdout));
  }
  return { records, origin: '`scontrol --all --oneliner show partition` and `scontrol --oneliner show node`' };
}
