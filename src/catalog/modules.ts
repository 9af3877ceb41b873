/**
 * The module QIIME 2 imports to look a class up (`importlib.import_module`, research/qiime2.md
 * §1.3), and the two ways that import fails before any class is read.
 */
import { classHistory, describeChange } from './history.js';
import type { ModuleGroup } from './object-keys.js';
import { PARSL_RELEASES, parslCatalog } from './parsl.js';
import { QIIME2_RELEASES } from './qiime2.js';
import { describeLoader, type ResolvedTarget } from './target.js';

/** Why importing the module of `group` fails in the target, as a sentence; undefined when it works. */
export function moduleImportError(target: ResolvedTarget, group: ModuleGroup): string | undefined {
  if (group === 'launchers' && target.qiime2 && !target.qiime2.launcherTables) {
    const fixed = QIIME2_RELEASES.find((release) => release.launcherTables)!.version;
    return `QIIME 2 ${target.qiime2.version} looks launchers up in the module parsl.launcher, which does not exist, so it fails with ModuleNotFoundError: No module named 'parsl.launcher' (fixed in QIIME 2 ${fixed})`;
  }
  if (parslCatalog(target.parsl).hasModule(group)) return undefined;
  return `parsl ${target.parsl} has no module parsl.${group}${removal(group)}: ${describeLoader(target)} fails with ModuleNotFoundError: No module named 'parsl.${group}'`;
}

/** ` (removed in parsl 2024.12.09, Parsl/parsl#3716)`, from the history of the module's last classes. */
function removal(group: ModuleGroup): string {
  const last = PARSL_RELEASES.filter((version) => parslCatalog(version).hasModule(group)).at(-1);
  const lastClass = last === undefined ? undefined : parslCatalog(last).classes(group)[0];
  const removed = lastClass && classHistory(lastClass.name)?.removed;
  return removed ? ` (removed ${describeChange(removed)}${removed.reference ? `, ${removed.reference}` : ''})` : '';
}
