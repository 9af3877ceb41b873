/** Every rule, in the order `parsl-lint rules` lists them. Adding a rule adds one line here. */
import type { Rule } from '../src/engine/rule.js';
import { rule as tomlSyntax } from './toml-syntax/index.js';
import { rule as missingParslTable } from './missing-parsl-table/index.js';
import { rule as missingClass } from './missing-class/index.js';
import { rule as duplicateExecutorLabel } from './duplicate-executor-label/index.js';
import { rule as missingDefaultExecutor } from './missing-default-executor/index.js';
import { rule as unknownExecutorLabel } from './unknown-executor-label/index.js';
import { rule as missingWalltime } from './missing-walltime/index.js';
import { rule as missingWorkerInit } from './missing-worker-init/index.js';

export const RULES: readonly Rule[] = [
  tomlSyntax,
  missingParslTable,
  missingClass,
  duplicateExecutorLabel,
  missingDefaultExecutor,
  unknownExecutorLabel,
  missingWalltime,
  missingWorkerInit,
];
