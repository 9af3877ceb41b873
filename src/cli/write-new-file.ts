/** Writing a file the user asked for (`--output`), without overwriting one unless told to (`--force`). */
import { writeFile } from 'node:fs/promises';
import { UsageError } from './errors.js';

/** `shown` is how messages name the file (as the user wrote it). */
export async function writeNewFile(file: string, text: string, force: boolean, shown: string): Promise<void> {
  try {
    // `wx` fails if the file exists, so that no other process can create it in between.
    await writeFile(file, text, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new UsageError(`${shown} exists; use --force to overwrite it`);
    throw new UsageError(`cannot write ${shown}: ${code ?? (error as Error).message}`);
  }
}
