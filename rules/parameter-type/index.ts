import { describeLoader, OBJECT_KEYS, parseAnnotation, type ClassSpec, type PythonType } from '../../src/catalog/index.js';
import { replace } from '../../src/document/edits.js';
import { schedulerOf } from '../../src/scheduler/registry.js';
import type { ScalarType, TomlEntry, TomlNode, TomlScalar } from '../../src/document/tree.js';
import { defineRule, type RuleContext } from '../../src/engine/rule.js';
import { checkValue, describeNode } from '../../src/model/typecheck.js';

export const rule = defineRule({
  meta: {
    id: 'parameter-type',
    severity: 'error',
    description: 'A value whose type the parameter rejects: typeguard raises TypeError when QIIME 2 builds the object.',
    fix: 'safe',
  },
  create: (context) => ({
    argument(argument) {
      // typeguard checks only constructors decorated with @typechecked.
      if (argument.spec.typechecked) check(context, argument.spec, argument.entry);
    },
  }),
});

/**
 * Parameters in gigabytes, where "96GB" can only mean 96: the node memory a provider exports to the
 * worker pool as PARSL_MEMORY_GB (SlurmProvider writes it as `#SBATCH --mem=<N>g`), and
 * HighThroughputExecutor's mem_per_worker.
 */
function inGigabytes(className: string, key: string): boolean {
  return (className === 'HighThroughputExecutor' && key === 'mem_per_worker') || schedulerOf(className)?.nodeFields?.memory === key;
}

function check(context: RuleContext, spec: ClassSpec, entry: TomlEntry): void {
  const param = spec.params.get(entry.key);
  // A value QIIME 2 tries to build an object from but cannot (a scalar, an array of scalars) is missing-class's.
  const notObjects = entry.value.kind === 'scalar' || (entry.value.kind === 'array' && entry.value.items.some((item) => item.kind !== 'table'));
  if (!param || (OBJECT_KEYS.has(entry.key) && notObjects)) return;
  const type = parseAnnotation(param.type);
  const mismatch = checkValue(type, entry.value, entry.key);
  if (!mismatch) return;
  const declared = `\`${entry.key}: ${param.type}\``;
  const failure = `${describeLoader(context.target)} fails with TypeError when it builds ${spec.name}`;
  if (mismatch.unwritable) {
    const help = param.default === null ? undefined : `leave it out to keep the default ${param.default}`;
    context.report({ at: mismatch.node, message: { headline: `${spec.name} declares ${declared}, which takes ${mismatch.unwritable}`, note: `no TOML value passes, and ${failure}`, help } });
    return;
  }
  const where = mismatch.node === entry.value ? `\`${entry.key}\`` : `an item of \`${entry.key}\``;
  const conversion = mismatch.node.kind === 'scalar' ? convert(mismatch.node, type, inGigabytes(spec.name, entry.key)) : undefined;
  context.report({
    at: mismatch.node,
    message: { headline: `${where} is ${describeNode(mismatch.node)}, but ${spec.name} declares ${declared}`, note: failure, help: conversion ? `write ${conversion}` : undefined },
    ...(conversion && {
      fix: { safety: 'safe', description: `write ${conversion}`, edits: [replace(mismatch.node, conversion)] },
    }),
  });
}

/**
 * The value as TOML text of the type the parameter wants, where the meaning is certain: "25" → 25,
 * "false" → false, 96.0 → 96 (up to 2^53), and for a parameter in GB "96GB" → 96. Undefined otherwise.
 */
function convert(node: TomlScalar, type: PythonType, inGigabytes: boolean): string | undefined {
  const candidates: [ScalarType, string][] = [];
  // Only where the integer's digits are exact: 1e21 would become `1e+21`, a float again.
  if (node.type === 'float' && Number.isSafeInteger(node.value)) candidates.push(['integer', String(node.value)]);
  if (node.type === 'string') {
    const text = (node.value as string).trim();
    const number = inGigabytes ? text.replace(/\s*gb?$/i, '') : text;
    if (/^[+-]?\d+$/.test(number) && Number.isSafeInteger(Number(number))) candidates.push(['integer', String(Number(number))]);
    if (/^[+-]?\d+\.\d+$/.test(number)) candidates.push(['float', number]);
    if (/^(true|false)$/i.test(text)) candidates.push(['boolean', text.toLowerCase()]);
  }
  const accepted = candidates.find(([scalarType, text]) => checkValue(type, asScalar(node, scalarType, text), undefined) === undefined);
  return accepted?.[1];
}

function asScalar(node: TomlScalar, type: ScalarType, text: string): TomlNode {
  return { ...node, type, value: type === 'boolean' ? text === 'true' : Number(text) };
}
