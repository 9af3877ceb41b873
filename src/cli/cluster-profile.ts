/**
 * `parsl-lint cluster-profile [FILE ...] [--output FILE]`: the site's cluster profile, from the
 * live `scontrol` or from files holding its output (`scontrol --all --oneliner show partition`,
 * `scontrol --oneliner show node`, in any order). It runs scontrol only when given no files,
 * with an argument array (no shell) and a timeout; scontrol only reads the controller's state.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
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
  const run = promisify(execFile);
  const records: ScontrolRecord[] = [];
  for (const args of [['--all', '--oneliner', 'show', 'partition'], ['--oneliner', 'show', 'node']]) {
    try {
      const { stdout } = await run('scontrol', args, { timeout: SCONTROL_TIMEOUT_MS, maxBuffer: 64 * 1024 * 1024 });
      records.push(...parseOneliner(stdout));
    } catch (error) {
      const failure = error as NodeJS.ErrnoException & { stderr?: string; killed?: boolean };
      if (failure.code === 'ENOENT') throw new UsageError('scontrol is not installed here; run this on a login node of the cluster, or give files of `scontrol --all --oneliner show partition` and `scontrol --oneliner show node` output');
      const why = failure.killed ? `no answer within ${SCONTROL_TIMEOUT_MS / 1000} s` : (failure.stderr?.trim().split('\n')[0] ?? failure.message);
      throw new UsageError(`scontrol ${args.join(' ')} failed: ${why}`);
    }
  }
  return { records, origin: '`scontrol --all --oneliner show partition` and `scontrol --oneliner show node`' };
}
