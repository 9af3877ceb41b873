/** The `include` / `exclude` globs of a config, relative to the config file's folder. */
import path from 'node:path';
import picomatch from 'picomatch';

/** A pattern that matches a folder matches everything inside it (`legacy` is `legacy/**`). */
export function globMatcher(patterns: readonly string[], base: string): (file: string) => boolean {
  if (patterns.length === 0) return () => false;
  const isMatch = picomatch(patterns.map((pattern) => pattern.replace(/^\.\//, '')), { dot: true });
  return (file) => {
    const relative = path.relative(base, file);
    if (relative === '' || relative === '..' || relative.startsWith(`..${path.sep}`) || path.isAbsolute(relative)) return false;
    const parts = relative.split(path.sep);
    return parts.some((_, i) => isMatch(parts.slice(0, i + 1).join('/')));
  };
}
