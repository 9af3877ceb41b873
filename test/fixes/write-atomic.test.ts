/** writeFileAtomic: the file is replaced whole, or left exactly as it was. */
import assert from 'node:assert/strict';
import { chmodSync, readdirSync, readFileSync, statSync, symlinkSync, lstatSync, writeFileSync } from 'node:fs';
import fs from 'node:fs/promises';
import path from 'node:path';
import { mock, test } from 'node:test';
import { writeFileAtomic } from '../../src/fixes/write-atomic.js';
import { tempDir } from '../support/temp.js';

function folderWith(content: string, mode = 0o644): { dir: string; file: string } {
  const dir = tempDir('parsl-lint-write-');
  const file = path.join(dir, 'config.toml');
  writeFileSync(file, content);
  chmodSync(file, mode);
  return { dir, file };
}

const bytes = (text: string) => new TextEncoder().encode(text);

test('replaces the content and keeps the mode; no temporary file is left', async () => {
  const { dir, file } = folderWith('old\n', 0o640);
  await writeFileAtomic(file, bytes('new\n'));
  assert.equal(readFileSync(file, 'utf8'), 'new\n');
  assert.equal(statSync(file).mode & 0o777, 0o640);
  assert.deepEqual(readdirSync(dir), ['config.toml']);
});

test('writes through a symbolic link and keeps the link', async () => {
  const { dir, file } = folderWith('old\n');
  const link = path.join(dir, 'link.toml');
  symlinkSync(file, link);
  await writeFileAtomic(link, bytes('new\n'));
  assert.ok(lstatSync(link).isSymbolicLink());
  assert.equal(readFileSync(file, 'utf8'), 'new\n');
});

test('a read-only file is left alone, even for root', async () => {
  const { file } = folderWith('old\n', 0o444);
  await assert.rejects(writeFileAtomic(file, bytes('new\n')), { name: 'WriteError', message: 'the file is read-only' });
  assert.equal(readFileSync(file, 'utf8'), 'old\n');
});

test('a full disk leaves the original intact and no temporary file', async (t) => {
  const { dir, file } = folderWith('old\n');
  const open = fs.open;
  t.mock.method(fs, 'open', async (...args: Parameters<typeof fs.open>) => {
    const handle = await open(...args);
    mock.method(handle, 'writeFile', async (data: Uint8Array) => {
      await handle.write(data.subarray(0, 2)); // part of it reaches the disk, then the disk is full
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    });
    return handle;
  });
  await assert.rejects(writeFileAtomic(file, bytes('new content\n')), { name: 'WriteError', message: 'no space left on the device (ENOSPC)' });
  assert.equal(readFileSync(file, 'utf8'), 'old\n');
  assert.deepEqual(readdirSync(dir), ['config.toml']);
});
