/**
 * Which config applies to a file: the closest one, found in the file's folder or the nearest
 * folder above it, up to the root of the file system. As in ruff, configs are not merged: the
 * closest file is the whole configuration.
 */
import path from 'node:path';
import { NO_CONFIG, type LinterConfig } from './config.js';
import { CONFIG_FILE_NAMES } from './load.js';

export class ConfigResolver {
  private readonly byFolder = new Map<string, Promise<LinterConfig>>();

  /** `load` returns undefined for a file that does not exist or holds no parsl-lint settings. */
  constructor(private readonly load: (file: string) => Promise<LinterConfig | undefined>) {}

  forFile(file: string): Promise<LinterConfig> {
    return this.forFolder(path.dirname(path.resolve(file)));
  }

  private forFolder(folder: string): Promise<LinterConfig> {
    let config = this.byFolder.get(folder);
    if (!config) {
      config = this.search(folder);
      this.byFolder.set(folder, config);
    }
    return config;
  }

  private async search(folder: string): Promise<LinterConfig> {
    for (const name of CONFIG_FILE_NAMES) {
      const config = await this.load(path.join(folder, name));
      if (config) return config;
    }
    const parent = path.dirname(folder);
    return parent === folder ? NO_CONFIG : this.forFolder(parent);
  }
}
