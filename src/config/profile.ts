/**
 * The `profile` of the linter's config: a cluster profile in a file of its own
 * (`profile = "cluster.toml"`, relative to the config file's folder) or in a `[profile]` table
 * of the config itself. A profile that cannot be read is a config error (exit code 2).
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ProfileError, readProfile } from '../site/profile-file.js';
import type { ClusterProfile } from '../site/profile.js';
import { ConfigError } from './config.js';

/**
 * `value` is what the config holds under `profile`; `configFile` the config's path, `shown` how
 * messages name it, `configText` its text and `tablePath` the table that holds the settings.
 */
export async function loadProfile(value: unknown, configFile: string, shown: string, configText: string, tablePath: readonly string[]): Promise<ClusterProfile | undefined> {
  try {
    if (typeof value === 'string') {
      const file = path.resolve(path.dirname(configFile), value);
      const named = path.join(path.dirname(shown), value);
      const text = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
        throw new ConfigError(`${shown}: cannot read the profile ${named}: ${error.code ?? error.message}`);
      });
      return readProfile(text, named);
    }
    if (value !== undefined) return readProfile(configText, shown, [...tablePath, 'profile']);
    return undefined;
  } catch (error) {
    if (error instanceof ProfileError) throw new ConfigError(error.message);
    throw error;
  }
}
