/** `parsl-lint which`: the config file QIIME 2 would load here, and why (src/model/config-discovery.ts). */
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { discoverQiime2Config } from '../model/config-discovery.js';
import type { Format } from './options.js';

export function printWhich(format: Format): void {
  const discovery = discoverQiime2Config({ env: process.env, platform: process.platform, home: homedir(), exists: existsSync });
  if (format === 'json') {
    process.stdout.write(`${JSON.stringify({ version: 1, file: discovery.file ?? null, reason: discovery.reason, steps: discovery.steps.map((step) => ({ ...step, file: step.file ?? null, outcome: step.outcome ?? null })) }, null, 2)}\n`);
    return;
  }
  const lines = [discovery.file ?? '(no file: QIIME 2 uses a built-in config)', `  why: ${discovery.reason}`, '  QIIME 2 looks, in order, at:'];
  discovery.steps.forEach((step, index) => {
    lines.push(`  ${index}. ${step.place}${step.file ? ` ${step.file}` : ''}: ${step.outcome ?? 'not reached'}`);
  });
  process.stdout.write(`${lines.join('\n')}\n`);
}
