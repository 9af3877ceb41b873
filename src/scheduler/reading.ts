/** The common script reading (adapter.ts) of the schedulers whose scanners share directive-scan.ts's shape. */
import type { ScriptReading } from './adapter.js';
import type { DirectiveScan } from './directive-scan.js';
import type { SettingOverride } from './overrides.js';

/**
 * The common reading of a PBS, LSF or Grid Engine scan. `advice` says, by option key, what to set
 * instead of repeating an option parsl writes from a field; `userMayReplace` lists the options
 * parsl sets only as a fallback (PBS's `-m n`, mail off), which a user's later value is meant to
 * replace.
 */
export function fromDirectiveScan(
  scan: DirectiveScan,
  overrides: readonly SettingOverride[],
  options: { readonly advice?: ReadonlyMap<string, string>; readonly userMayReplace?: ReadonlySet<string> } = {},
): ScriptReading {
  const judged = overrides.map((found) => {
    const advice = options.advice?.get(found.key);
    return { ...found, ...(advice && { advice }), ...(options.userMayReplace?.has(found.key) && { userMayReplace: true }) };
  });
  return { lines: scan.lines, ...(scan.headerEnd !== undefined && { headerEnd: scan.headerEnd }), ignored: scan.issues, overrides: judged, refusals: [] };
}
