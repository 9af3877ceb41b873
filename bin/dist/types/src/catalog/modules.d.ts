import type { ModuleGroup } from './object-keys.js';
import { type ResolvedTarget } from './target.js';
/** Why importing the module of `group` fails in the target, as a sentence; undefined when it works. */
export declare function moduleImportError(target: ResolvedTarget, group: ModuleGroup): string | undefined;
