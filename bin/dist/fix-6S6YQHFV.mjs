import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);
import {
  MAX_PASSES,
  fixText
} from "./chunk-2KFAJFOI.mjs";
import {
  lintBytes
} from "./chunk-ZYH2XM75.mjs";
import {
  printable
} from "./chunk-L5WMFRBK.mjs";
import "./chunk-QZA5WI5V.mjs";
import "./chunk-2EZUSIHK.mjs";
import {
  decodeToml
} from "./chunk-ESK643ZF.mjs";
import {
  UsageError
} from "./chunk-VEXKXS5Y.mjs";
import "./chunk-6VYAT3BE.mjs";
import "./chunk-O4YHJOK5.mjs";
import "./chunk-NGYD4W62.mjs";

// src/fixes/diff.ts
var CONTEXT = 3;
function unifiedDiff(path2, before, after) {
  if (before === after) return "";
  const rows = numbered(diffLines(splitLines(before), splitLines(after)));
  const hunks = changeGroups(rows).map(([start, end]) => hunk(rows.slice(start, end)));
  return `--- a/${path2}
+++ b/${path2}
${hunks.join("")}`;
}
function splitLines(text) {
  return text.match(/[^\n]*\n|[^\n]+$/g) ?? [];
}
function diffLines(a, b) {
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const same = (line) => ({ kind: " ", line });
  return [
    ...a.slice(0, head).map(same),
    ...middle(a.slice(head, a.length - tail), b.slice(head, b.length - tail)),
    ...a.slice(a.length - tail).map(same)
  ];
}
function middle(a, b) {
  const common = Array.from({ length: a.length + 1 }, () => new Uint32Array(b.length + 1));
  for (let i2 = a.length - 1; i2 >= 0; i2--) {
    for (let j2 = b.length - 1; j2 >= 0; j2--) {
      common[i2][j2] = a[i2] === b[j2] ? common[i2 + 1][j2 + 1] + 1 : Math.max(common[i2 + 1][j2], common[i2][j2 + 1]);
    }
  }
  const ops = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      ops.push({ kind: " ", line: a[i++] });
      j++;
    } else if (j === b.length || i < a.length && common[i + 1][j] >= common[i][j + 1]) {
      ops.push({ kind: "-", line: a[i++] });
    } else {
      ops.push({ kind: "+", line: b[j++] });
    }
  }
  return ops;
}
function numbered(ops) {
  let oldLine = 1;
  let newLine = 1;
  return ops.map((op) => {
    const row = { ...op, oldLine, newLine };
    if (op.kind !== "+") oldLine++;
    if (op.kind !== "-") newLine++;
    return row;
  });
}
function changeGroups(rows) {
  const groups = [];
  rows.forEach((row, index) => {
    if (row.kind === " ") return;
    const start = Math.max(0, index - CONTEXT);
    const end = Math.min(rows.length, index + CONTEXT + 1);
    const last = groups[groups.length - 1];
    if (last && start <= last[1]) last[1] = end;
    else groups.push([start, end]);
  });
  return groups;
}
function hunk(rows) {
  const oldCount = rows.filter((row) => row.kind !== "+").length;
  const newCount = rows.filter((row) => row.kind !== "-").length;
  const oldStart = oldCount === 0 ? rows[0].oldLine - 1 : rows[0].oldLine;
  const newStart = newCount === 0 ? rows[0].newLine - 1 : rows[0].newLine;
  const lines = rows.map((row) => `${row.kind}${row.line}${row.line.endsWith("\n") ? "" : "\n\\ No newline at end of file\n"}`);
  return `@@ -${oldStart},${oldCount} +${newStart},${newCount} @@
${lines.join("")}`;
}

// src/fixes/fix-bytes.ts
function fixBytes(bytes, options, safety) {
  const decoded = decodeToml(bytes);
  if (!decoded.ok) {
    const result = lintBytes(bytes, options);
    return { text: result.source.text, original: result.source.text, result, applied: 0, broken: [], converged: true, output: void 0 };
  }
  const outcome = fixText(decoded.text, options, safety);
  if (outcome.text === decoded.text) return { ...outcome, original: decoded.text, output: void 0 };
  return { ...outcome, original: decoded.text, output: new TextEncoder().encode(outcome.text) };
}

// src/fixes/snapshot.ts
import { createHash } from "node:crypto";
import fs from "node:fs/promises";
async function takeSnapshot(file) {
  const handle = await fs.open(file, "r");
  try {
    const stats = await handle.stat({ bigint: true });
    const bytes = await handle.readFile();
    return { dev: stats.dev, ino: stats.ino, size: stats.size, mtimeNs: stats.mtimeNs, sha256: sha256(bytes) };
  } finally {
    await handle.close();
  }
}
function sameSnapshot(a, b) {
  return a.dev === b.dev && a.ino === b.ino && a.size === b.size && a.mtimeNs === b.mtimeNs && a.sha256 === b.sha256;
}
function sha256(bytes) {
  return createHash("sha256").update(bytes).digest("hex");
}

// src/fixes/write-atomic.ts
import fs2 from "node:fs/promises";
import { constants } from "node:fs";
import path from "node:path";
import { randomBytes } from "node:crypto";
var WriteError = class extends Error {
  name = "WriteError";
};
var MODIFIED_MEANWHILE = "it was modified after parsl-lint read it (by an editor?), so the fix was not written (run --fix again)";
async function writeFileAtomic(file, data, expected) {
  try {
    await replace(file, data, expected);
  } catch (error) {
    throw error instanceof WriteError ? error : new WriteError(describe(error));
  }
}
async function replace(file, data, expected) {
  const target = await fs2.realpath(file);
  const stats = await fs2.stat(target);
  if (!stats.isFile()) throw new WriteError("it is not a regular file");
  if ((stats.mode & 146) === 0 || !await writable(target)) throw new WriteError("the file is read-only");
  if (stats.nlink > 1) throw new WriteError(`it has ${stats.nlink} hard links, which would keep the old content if it were replaced; fix it through --diff and patch, or by hand`);
  const mode = stats.mode & 4095;
  const temporary = path.join(path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString("hex")}.parsl-lint.tmp`);
  try {
    const handle = await fs2.open(temporary, "wx", 384);
    try {
      await handle.writeFile(data);
      await keepOwner(handle, stats.uid, stats.gid);
      await handle.chmod(mode);
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (expected) {
      const now = await takeSnapshot(target).catch(() => void 0);
      if (!now || !sameSnapshot(expected, now)) throw new WriteError(MODIFIED_MEANWHILE);
    }
    await fs2.rename(temporary, target);
  } catch (error) {
    await fs2.rm(temporary, { force: true });
    throw error;
  }
}
async function keepOwner(handle, uid, gid) {
  const { uid: ownUid, gid: ownGid } = await handle.stat();
  if (uid === ownUid && gid === ownGid) return;
  try {
    await handle.chown(uid, gid);
  } catch (error) {
    const code = error.code;
    if (code !== "EPERM" && code !== "EACCES") throw error;
    const whose = uid === ownUid ? `its group (gid ${gid}), which you are not in` : `its owner (uid ${uid}) and group (gid ${gid})`;
    throw new WriteError(`a new copy could not keep ${whose}; ask its owner to run the fix`);
  }
}
async function writable(file) {
  try {
    await fs2.access(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
function describe(error) {
  switch (error.code) {
    case "ENOSPC":
      return "no space left on the device (ENOSPC)";
    case "EDQUOT":
      return "disk quota exceeded (EDQUOT)";
    case "EACCES":
    case "EPERM":
      return `permission denied (${error.code})`;
    case "EROFS":
      return "read-only file system (EROFS)";
    default:
      return error.code ?? error.message;
  }
}

// src/cli/fix.ts
async function fixInput(bytes, file, shown, lintOptions, options) {
  const fix = fixBytes(bytes, lintOptions, options.fix ?? "safe");
  for (const rule of fix.broken) {
    process.stderr.write(`parsl-lint: ${printable(shown)}: the fix of ${rule} made the file invalid TOML, so it was not applied (a bug in parsl-lint: please report it)
`);
  }
  if (!fix.converged) process.stderr.write(`parsl-lint: ${printable(shown)}: fixes were still changing the file after ${MAX_PASSES} passes; the rest were not applied
`);
  if (options.diff) return { result: fix.result, applied: fix.applied, diff: fix.output ? unifiedDiff(shown, fix.original, fix.text) : "" };
  if (file === void 0) {
    process.exitCode = 2;
    await new Promise((resolve) => process.stdout.write(fix.output ?? bytes, () => resolve()));
    process.exitCode = void 0;
  } else if (fix.output) {
    await write(file, bytes, fix.output).catch((error) => {
      throw error instanceof WriteError ? new UsageError(`cannot write ${shown}: ${error.message}; it is unchanged`) : error;
    });
  }
  return { result: fix.result, applied: fix.applied, diff: "" };
}
async function write(file, read, output) {
  const snapshot = await takeSnapshot(file).catch((error) => {
    throw new WriteError(error.code ?? error.message);
  });
  if (snapshot.sha256 !== sha256(read)) throw new WriteError(MODIFIED_MEANWHILE);
  await writeFileAtomic(file, output, snapshot);
}
export {
  fixInput
};
