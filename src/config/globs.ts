/** The `include` / `exclude` globs of a config, relative to the config file's folder. */
import path from 'node:path';

/**
 * A pattern that matches a folder matches everything inside it (`legacy` is `legacy/**`).
 * picomatch is loaded only for a config that has globs: most runs have none.
 */
export async function globMatcher(patterns: readonly string[], base: string): Promise<(file: string) => boolean> {
  if (patterns.length === 0) return () => false;
  const { default: picomatch } = await import('picomatch');
  const isMatch = picomatch(patterns.map((pattern) => pattern.replace(/^\.\//, '')), { dot: true });
  return (file) => {
    const relative = path.relative(base, file);
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return false;
    const parts = relative.split(path.sep);
    return parts.some((_, i) => isMatch(parts.slice(0, i + 1).join('/')));
  };
}
