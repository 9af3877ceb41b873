/**
 * Where an ajv error points in the TOML source: the key for an unknown or misnamed key, the table
 * for a missing one, the `class` value for a class the discriminator does not know, the value
 * otherwise (with the key it is written under, if any).
 */
import type { ErrorObject } from 'ajv';
import type { Span } from '../../src/document/source.js';
import type { TomlEntry, TomlNode, TomlTable } from '../../src/document/tree.js';

export interface SchemaErrorPlace {
  readonly at: Span;
  /** For an error about a value: the key that value is written under. */
  readonly key: Span | undefined;
  /** The TOML value the error is about (for an unknown key, the value written under it). */
  readonly node: TomlNode;
}

export function locateSchemaError(root: TomlTable, error: ErrorObject): SchemaErrorPlace {
  const { node, entry } = walk(root, error.instancePath);
  const params = error.params as { additionalProperty?: string; propertyName?: string; tag?: string };
  const keyName = params.additionalProperty ?? params.propertyName ?? error.propertyName;
  const named = keyName !== undefined && node.kind === 'table' ? node.entries.get(keyName) : undefined;
  if (named) return { at: named.keySpan, key: undefined, node: named.value };
  const tag = error.keyword === 'discriminator' && node.kind === 'table' ? node.entries.get(params.tag!) : undefined;
  if (tag) return { at: tag.value.span, key: tag.keySpan, node: tag.value };
  return { at: node.span, key: entry?.keySpan, node };
}

function walk(root: TomlTable, pointer: string): { node: TomlNode; entry: TomlEntry | undefined } {
  let node: TomlNode = root;
  let entry: TomlEntry | undefined;
  for (const raw of pointer.split('/').slice(1)) {
    const segment = raw.replaceAll('~1', '/').replaceAll('~0', '~');
    if (node.kind === 'table') {
      entry = node.entries.get(segment)!;
      node = entry.value;
    } else if (node.kind === 'array') {
      entry = undefined;
      node = node.items[Number(segment)]!;
    } else {
      throw new Error(`${pointer} goes through a scalar`);
    }
  }
  return { node, entry };
}
