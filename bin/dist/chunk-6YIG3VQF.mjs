import { createRequire as __parslLintRequire } from 'node:module'; const require = __parslLintRequire(import.meta.url);

// src/site/run-command.ts
import { execFile } from "node:child_process";
var CommandFailed = class extends Error {
  constructor(message, reason) {
    super(message);
    this.reason = reason;
  }
  name = "CommandFailed";
};
function runCommand(command, args, timeoutMs) {
  return new Promise((resolve, reject) => {
    execFile(command, args, { timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024, shell: false }, (error, stdout, stderr) => {
      if (!error) return resolve({ exitCode: 0, stdout, stderr });
      const failure = error;
      if (failure.code === "ENOENT") return reject(new CommandFailed(`${command} is not installed here`, "not-installed"));
      if (failure.killed) return reject(new CommandFailed(`${command} gave no answer within ${timeoutMs / 1e3} s`, "timeout"));
      if (typeof failure.code === "number") return resolve({ exitCode: failure.code, stdout, stderr });
      reject(new CommandFailed(`${command} could not be run: ${failure.message}`, "other"));
    });
  });
}

export {
  CommandFailed,
  runCommand
};
