/**
 * Which config file QIIME 2 loads when none is given (`qiime … --parallel` without
 * `--parallel-config`): `_get_vendored_config_path()` and `get_vendored_config()` in
 * qiime2/sdk/parallel_config.py (2024.10.0; the same order since 2023.7.0), with the directories
 * of appdirs 1.4.4 (`user_config_dir('qiime2')`, `site_config_dir('qiime2')`):
 *   0. `QIIMETEST` set at all: a built-in test config, no file;
 *   1. `$QIIME2_CONFIG`, if set (opened without an existence check; empty: the built-in config);
 *   2. `<user config dir>/qiime2_config.toml`, if it exists;
 *   3. `<site config dir>/qiime2_config.toml`, if it exists;
 *   4. `$CONDA_PREFIX/etc/qiime2_config.toml`, if CONDA_PREFIX is not empty and the file exists;
 *   5. CONDA_PREFIX not empty: QIIME 2 writes its built-in config to that path and loads it;
 *   6. otherwise the built-in config, in memory.
 */
import path from 'node:path';

export interface DiscoveryEnvironment {
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly platform: NodeJS.Platform;
  readonly home: string;
  readonly exists: (file: string) => boolean;
}

export interface DiscoveryStep {
  /** What QIIME 2 looks at, as its source names it. */
  readonly place: string;
  /** The file at that place, when there is one to name. */
  readonly file: string | undefined;
  /** What QIIME 2 makes of it; undefined: not reached, an earlier step decided. */
  readonly outcome: string | undefined;
}

export interface Discovery {
  /** The file QIIME 2 reads; undefined when it uses a built-in config. */
  readonly file: string | undefined;
  /** Why, in one sentence. */
  readonly reason: string;
  readonly steps: readonly DiscoveryStep[];
}

const FILE_NAME = 'qiime2_config.toml';

export function discoverQiime2Config({ env, platform, home, exists }: DiscoveryEnvironment): Discovery {
  const join = platform === 'win32' ? path.win32.join : path.posix.join;
  const userFile = join(userConfigDir(env, platform, home), FILE_NAME);
  const siteFile = join(siteConfigDir(env, platform, home), FILE_NAME);
  const condaPrefix = env['CONDA_PREFIX'] ?? '';
  const condaFile = condaPrefix === '' ? undefined : join(condaPrefix, 'etc', FILE_NAME);
  const places: [string, string | undefined][] = [
    ['QIIMETEST', undefined],
    ['$QIIME2_CONFIG', env['QIIME2_CONFIG'] || undefined],
    ['user config dir', userFile],
    ['site config dir', siteFile],
    ['$CONDA_PREFIX/etc', condaFile],
  ];
  const outcomes: (string | undefined)[] = [];
  const decide = (file: string | undefined, reason: string): Discovery => ({
    file,
    reason,
    steps: places.map(([place, candidate], index) => ({ place, file: candidate, outcome: outcomes[index] })),
  });

  if (env['QIIMETEST'] !== undefined) {
    outcomes.push('set: QIIME 2 uses its built-in test config');
    return decide(undefined, 'QIIMETEST is set, so QIIME 2 reads no file and uses its built-in test config');
  }
  outcomes.push('not set');
  const variable = env['QIIME2_CONFIG'];
  if (variable !== undefined) {
    if (variable === '') {
      outcomes.push('set but empty: QIIME 2 2024.10 and later use the built-in config (2023.7 – 2024.5 fail to open "")');
      return decide(undefined, 'QIIME2_CONFIG is set but empty, so QIIME 2 uses its built-in config');
    }
    outcomes.push(exists(variable) ? 'set: used, without looking further' : 'set, but no such file: QIIME 2 fails with FileNotFoundError');
    return decide(variable, `QIIME2_CONFIG names it${exists(variable) ? '' : ', although it does not exist'}`);
  }
  outcomes.push('not set');
  for (const [file, place] of [[userFile, 'user config dir'], [siteFile, 'site config dir']] as const) {
    if (exists(file)) {
      outcomes.push('exists: used');
      return decide(file, `it is the first that exists: QIIME2_CONFIG is not set, and this is in the ${place}`);
    }
    outcomes.push('no such file');
  }
  if (condaFile === undefined) {
    outcomes.push('CONDA_PREFIX is not set');
    return decide(undefined, 'no config file exists and no conda environment is active, so QIIME 2 uses its built-in config');
  }
  if (exists(condaFile)) {
    outcomes.push('exists: used');
    return decide(condaFile, 'it is the conda environment\'s config, and no user or site config exists');
  }
  outcomes.push('no such file: QIIME 2 writes its built-in config here and uses it');
  return decide(condaFile, 'no config file exists, so QIIME 2 will write its built-in config to the conda environment and use it');
}

/** appdirs 1.4.4 `user_config_dir('qiime2')`. */
function userConfigDir(env: DiscoveryEnvironment['env'], platform: NodeJS.Platform, home: string): string {
  if (platform === 'darwin') return path.posix.join(home, 'Library', 'Application Support', 'qiime2');
  // CSIDL_LOCAL_APPDATA, then <appauthor>\<appname>: the author defaults to the name.
  if (platform === 'win32') return path.win32.join(env['LOCALAPPDATA'] ?? path.win32.join(home, 'AppData', 'Local'), 'qiime2', 'qiime2');
  // os.getenv('XDG_CONFIG_HOME', '~/.config'): an empty value is used as it is.
  return path.posix.join(env['XDG_CONFIG_HOME'] ?? path.posix.join(home, '.config'), 'qiime2');
}

/** appdirs 1.4.4 `site_config_dir('qiime2')`: on Linux, the first entry of XDG_CONFIG_DIRS. */
function siteConfigDir(env: DiscoveryEnvironment['env'], platform: NodeJS.Platform, home: string): string {
  if (platform === 'darwin') return '/Library/Application Support/qiime2';
  if (platform === 'win32') return path.win32.join(env['ProgramData'] ?? 'C:\\ProgramData', 'qiime2', 'qiime2');
  const first = (env['XDG_CONFIG_DIRS'] ?? '/etc/xdg').split(':')[0]!.replace(/\/+$/, '');
  return path.posix.join(first.replace(/^~(?=\/|$)/, home), 'qiime2');
}
