import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  CommandFailed,
  runCommand
} from "./chunk-6YIG3VQF.mjs";
import {
  slurmScript
} from "./chunk-FZJTSNHP.mjs";
import {
  buildJobs,
  buildModel,
  locateString
} from "./chunk-2EZUSIHK.mjs";
import {
  decodeToml,
  parseDocument,
  parslCatalog
} from "./chunk-ESK643ZF.mjs";
import {
  UsageError
} from "./chunk-VEXKXS5Y.mjs";
import "./chunk-O4YHJOK5.mjs";
import "./chunk-NGYD4W62.mjs";

// src/site/sbatch-test.ts
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
var SbatchUnavailable = class extends Error {
  name = "SbatchUnavailable";
};
async function sbatchTestOnly(script, options = {}) {
  const dir = await mkdtemp(path.join(tmpdir(), "parsl-lint-sbatch-"));
  try {
    const file = path.join(dir, "job.sh");
    await writeFile(file, script, { mode: 384 });
    return await run(options.sbatch ?? "sbatch", ["--test-only", file], options.timeoutMs ?? 3e4);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
var UNREACHABLE = /Unable to contact slurm controller|Zero Bytes were transmitted|authentication|Invalid user id|Unable to establish Slurm configuration|Could not establish a configuration source/i;
async function run(command, args, timeout) {
  let result;
  try {
    result = await runCommand(command, args, timeout);
  } catch (error) {
    if (!(error instanceof CommandFailed)) throw error;
    throw new SbatchUnavailable(error.reason === "not-installed" ? `${command} is not installed here (--sbatch-test runs the real sbatch --test-only)` : `${error.message} (--test-only)`);
  }
  if (result.exitCode !== 0 && UNREACHABLE.test(result.stderr)) {
    throw new SbatchUnavailable(`${command} --test-only could not reach Slurm: ${result.stderr.trim().split("\n")[0]}`);
  }
  return { exitCode: result.exitCode, stderr: result.stderr };
}

// src/cli/sbatch-test.ts
async function sbatchAnswers(bytes, target) {
  const decoded = decodeToml(bytes);
  const parsed = decoded.ok ? parseDocument(decoded.text) : void 0;
  const answers = /* @__PURE__ */ new Map();
  if (!decoded.ok || !parsed?.ok) return () => void 0;
  const jobs = buildJobs(buildModel(parsed.document), parslCatalog(target.parsl), (node) => locateString(decoded.text, node));
  for (const job of jobs) {
    const script = slurmScript(job);
    if (script === void 0 || answers.has(script)) continue;
    try {
      answers.set(script, await sbatchTestOnly(script));
    } catch (error) {
      if (error instanceof SbatchUnavailable) throw new UsageError(error.message);
      throw error;
    }
  }
  return (script) => answers.get(script);
}
export {
  sbatchAnswers
};
