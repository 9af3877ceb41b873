/**
 * Reading parsl's annotations, and what typeguard accepts for the value QIIME 2 passes from TOML:
 * the model both parameter-type and the schema are generated from.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseAnnotation } from '../../src/catalog/index.js';
import { parseDocument } from '../../src/document/parse.js';
import type { TomlNode } from '../../src/document/tree.js';
import { checkValue } from '../../src/model/typecheck.js';

test('annotations are read as parsl writes them', () => {
  assert.deepEqual(parseAnnotation('Optional[int]'), { kind: 'union', members: [{ kind: 'int' }, { kind: 'none' }] });
  assert.deepEqual(parseAnnotation('str | None'), { kind: 'union', members: [{ kind: 'str' }, { kind: 'none' }] });
  assert.deepEqual(parseAnnotation("Literal['cleanup', 'skip', 'wait']"), { kind: 'literal', values: ['cleanup', 'skip', 'wait'] });
  assert.deepEqual(parseAnnotation('Optional[Callable[[Exception, TaskRecord], float]]'), { kind: 'union', members: [{ kind: 'callable' }, { kind: 'none' }] });
  assert.deepEqual(parseAnnotation('Optional[Iterable[ParslExecutor]]'), {
    kind: 'union',
    members: [{ kind: 'list', item: { kind: 'class', name: 'ParslExecutor' } }, { kind: 'none' }],
  });
  assert.deepEqual(parseAnnotation(null), { kind: 'any' });
  assert.deepEqual(parseAnnotation('Union[int'), { kind: 'any' });
});

/** The value of `key` in a one-line TOML document. */
function value(toml: string, key = 'x'): TomlNode {
  const parsed = parseDocument(toml);
  assert.ok(parsed.ok);
  return parsed.document.root.entries.get(key)!.value;
}

test('typeguard accepts what TOML values pass, and rejects the rest', () => {
  const accepts = (annotation: string, toml: string, key = 'x') => checkValue(parseAnnotation(annotation), value(toml, key), key) === undefined;
  assert.ok(accepts('float', 'x = 2'), 'an int for a float');
  assert.ok(accepts('int', 'x = true'), 'a bool for an int');
  assert.ok(accepts('Optional[Sequence[str]]', 'x = "runinfo"'), 'a str is a Sequence[str]');
  assert.ok(accepts('Union[int, Sequence[str]]', 'x = ["0", "1"]'));
  assert.ok(accepts('ExecutionProvider', 'provider = { class = "LocalProvider" }', 'provider'), 'a table QIIME 2 builds');
  assert.ok(!accepts('Optional[int]', 'x = 2.0'), 'a float for an int');
  assert.ok(!accepts('bool', 'x = "false"'));
  assert.ok(!accepts('Optional[Iterable[ParslExecutor]]', 'executors = { class = "ThreadPoolExecutor" }', 'executors'), 'one executor for a list');
  assert.ok(!accepts('ExecutionProvider', 'provider = [{ class = "LocalProvider" }]', 'provider'), 'a list for one provider');
  assert.ok(!accepts('ManagerSelector', 'x = { class = "RandomManagerSelector" }'), 'a dict where parsl wants an object');
});

test('a failing list item is the node reported, and a tuple cannot be written', () => {
  const list = value('x = ["a", 1]');
  assert.equal(checkValue(parseAnnotation('List[str]'), list, 'x')?.node, list.kind === 'array' ? list.items[1] : undefined);
  assert.match(checkValue(parseAnnotation('Optional[Tuple[int, int]]'), value('x = [1, 2]'), 'x')?.unwritable ?? '', /tuple/);
});
