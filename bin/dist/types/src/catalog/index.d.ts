/**
 * The catalog: what QIIME 2 can instantiate from each parsl release, which parsl each QIIME 2
 * release pins, and how parsl's constructors changed. Data in catalog/*.json (built by
 * scripts/build-catalog.mjs, except the hand-written qiime2-releases.json).
 */
export { MODULE_GROUPS, OBJECT_KEYS, type ModuleGroup } from './object-keys.js';
export { PARSL_RELEASES, parslCatalog, type ClassSpec, type ParamSpec, type ParslCatalog, } from './parsl.js';
export { NEWEST_QIIME2_RELEASE, QIIME2_RELEASES, qiime2Release, type Qiime2Release } from './qiime2.js';
export { describeLoader, describeSubstitution, describeTarget, resolveTarget, type ResolvedTarget, type TargetRequest } from './target.js';
export { describeReader, readingRelease, targetDialect, tomlkitDialect, tomlkitRefusesLateExtension } from './tomlkit.js';
export { pythonDefault, type PythonValue } from './python-literal.js';
export { classHistory, describeChange, paramHistory, type History, type ReleaseChange, type SignatureChange, } from './history.js';
export { parseAnnotation, type PythonType } from './annotation.js';
export { moduleImportError } from './modules.js';
export { STRATEGIES } from './strategies.js';
