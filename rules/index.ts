/** Every rule, in the order `parsl-lint rules` lists them. Adding a rule adds its import and one entry here. */
import type { Rule } from '../src/engine/rule.js';
import { rule as tomlSyntax } from './toml-syntax/index.js';
import { rule as tomlVersion } from './toml-version/index.js';
import { rule as tomlkitKeyAlreadyPresent } from './tomlkit-key-already-present/index.js';
import { rule as dosLineBreaks } from './dos-line-breaks/index.js';
import { rule as byteOrderMark } from './byte-order-mark/index.js';
import { rule as missingParslTable } from './missing-parsl-table/index.js';
import { rule as ignoredTopLevelTable } from './ignored-top-level-table/index.js';
import { rule as missingClass } from './missing-class/index.js';
import { rule as duplicateExecutorLabel } from './duplicate-executor-label/index.js';
import { rule as missingDefaultExecutor } from './missing-default-executor/index.js';
import { rule as unknownExecutorLabel } from './unknown-executor-label/index.js';
import { rule as missingWalltime } from './missing-walltime/index.js';
import { rule as missingWorkerInit } from './missing-worker-init/index.js';
import { rule as walltimeFormat } from './walltime-format/index.js';
import { rule as memoryOptionConflict } from './memory-option-conflict/index.js';
import { rule as headerEnded } from './header-ended/index.js';
import { rule as directiveIgnored } from './directive-ignored/index.js';
import { rule as directiveInWorkerInit } from './directive-in-worker-init/index.js';
import { rule as unknownSbatchOption } from './unknown-sbatch-option/index.js';
import { rule as misspeltSbatchOption } from './misspelt-sbatch-option/index.js';
import { rule as sbatchRejectsDirective } from './sbatch-rejects-directive/index.js';
import { rule as sbatchOptionRelease } from './sbatch-option-release/index.js';
import { rule as overriddenDirective } from './overridden-directive/index.js';
import { rule as siteRequiredField } from './site-required-field/index.js';
import { rule as unusedDisableDirective } from './unused-disable-directive/index.js';

import { rule as unknownClass } from './unknown-class/index.js';
import { rule as qualifiedClassName } from './qualified-class-name/index.js';
import { rule as testExecutor } from './test-executor/index.js';
import { rule as unknownParameter } from './unknown-parameter/index.js';
import { rule as missingParameter } from './missing-parameter/index.js';
import { rule as parameterType } from './parameter-type/index.js';
import { rule as parameterVersion } from './parameter-version/index.js';
import { rule as deprecatedParameter } from './deprecated-parameter/index.js';
import { rule as strategyValue } from './strategy-value/index.js';
import { rule as executorMappingForm } from './executor-mapping-form/index.js';
import { rule as ignoredExecutorMapping } from './ignored-executor-mapping/index.js';
import { rule as blockLimits } from './block-limits/index.js';
import { rule as nodesPerBlockBelowOne } from './nodes-per-block-below-one/index.js';
import { rule as launcherUsesOneNode } from './launcher-uses-one-node/index.js';
import { rule as coresPerNodeBelowOne } from './cores-per-node-below-one/index.js';
import { rule as workerLargerThanNode } from './worker-larger-than-node/index.js';
import { rule as memoryLimitsWorkers } from './memory-limits-workers/index.js';
import { rule as strategyNoneMaxBlocks } from './strategy-none-max-blocks/index.js';
import { rule as exclusiveByDefault } from './exclusive-by-default/index.js';
import { rule as exclusiveMemPerCpu } from './exclusive-mem-per-cpu/index.js';
import { rule as ntasksDirective } from './ntasks-directive/index.js';
import { rule as workerInitNoActivation } from './worker-init-no-activation/index.js';
import { rule as activateWithoutShellHook } from './activate-without-shell-hook/index.js';
import { rule as placeholderValue } from './placeholder-value/index.js';
import { rule as addressNotIp } from './address-not-ip/index.js';
import { rule as implausibleMemory } from './implausible-memory/index.js';
import { rule as defaultAprunLauncher } from './default-aprun-launcher/index.js';
import { rule as unreachableExecutor } from './unreachable-executor/index.js';
import { rule as foreignDirective } from './foreign-directive/index.js';
import { rule as unknownPartition } from './unknown-partition/index.js';
import { rule as noDefaultPartition } from './no-default-partition/index.js';
import { rule as partitionTimeLimit } from './partition-time-limit/index.js';
import { rule as partitionNodeSize } from './partition-node-size/index.js';
import { rule as partitionMaxNodes } from './partition-max-nodes/index.js';
import { rule as partitionAccess } from './partition-access/index.js';
import { rule as sbatchRefusesJob } from './sbatch-refuses-job/index.js';

export const RULES: readonly Rule[] = [
  tomlSyntax,
  tomlVersion,
  tomlkitKeyAlreadyPresent,
  byteOrderMark,
  missingParslTable,
  ignoredTopLevelTable,
  missingClass,
  duplicateExecutorLabel,
  missingDefaultExecutor,
  unknownExecutorLabel,
  missingWalltime,
  missingWorkerInit,
  walltimeFormat,
  memoryOptionConflict,
  headerEnded,
  directiveIgnored,
  directiveInWorkerInit,
  misspeltSbatchOption,
  unknownSbatchOption,
  sbatchRejectsDirective,
  sbatchOptionRelease,
  overriddenDirective,
  siteRequiredField,
  unusedDisableDirective,
  unknownClass,
  qualifiedClassName,
  testExecutor,
  unknownParameter,
  missingParameter,
  parameterType,
  parameterVersion,
  deprecatedParameter,
  strategyValue,
  executorMappingForm,
  ignoredExecutorMapping,
  blockLimits,
  nodesPerBlockBelowOne,
  launcherUsesOneNode,
  coresPerNodeBelowOne,
  workerLargerThanNode,
  memoryLimitsWorkers,
  strategyNoneMaxBlocks,
  exclusiveByDefault,
  exclusiveMemPerCpu,
  ntasksDirective,
  workerInitNoActivation,
  dosLineBreaks,
  activateWithoutShellHook,
  placeholderValue,
  addressNotIp,
  implausibleMemory,
  defaultAprunLauncher,
  unreachableExecutor,
  foreignDirective,
  unknownPartition,
  noDefaultPartition,
  partitionTimeLimit,
  partitionNodeSize,
  partitionMaxNodes,
  partitionAccess,
  sbatchRefusesJob,
];
