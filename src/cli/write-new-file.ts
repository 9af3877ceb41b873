/** Writing a file the user asked for (`--output`), without overwriting one unless told to (`--force`). */
import { writeFile } from 'node:fs/promises';
import { UsageError } from './errors.js';

export async function writeNewFile(file: string, text: string, force: boolean): Promise<void> {
  try {
    // `wx` fails if the file exists, so that no other process can create it in between.
    await writeFile(file, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${file} exists; use --force to overwrite it`);
    throw new UsageError(`cannot write ${file}: ${code ?? (error as Error).message}`);
  }
}
