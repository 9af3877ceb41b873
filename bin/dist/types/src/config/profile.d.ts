import type { ClusterProfile } from '../site/profile.js';
/**
 * `value` is what the config holds under `profile`; `configFile` the config's path, `shown` how
 * messages name it, `configText` its text and `tablePath` the table that holds the settings.
 */
export declare function loadProfile(value: unknown, configFile: string, shown: string, configText: string, tablePath: readonly string[]): Promise<ClusterProfile | undefined>;
