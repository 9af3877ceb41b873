/**
 * When parsl classes and constructor parameters appeared, changed, were deprecated, renamed or
 * removed: catalog/history.json, derived by scripts/build-catalog.mjs from consecutive catalogued
 * releases, with exact releases, deprecations and renames from scripts/parsl-history-facts.mjs
 * (read from parsl's source at every weekly tag; research/qiime2.md §1.3 for the notes).
 */
import { catalogJson } from './data.js';
import { PARSL_RELEASES, parslCatalog, type ClassSpec, type ParamSpec } from './parsl.js';

export interface ReleaseChange {
  /** The first parsl release with the change (exact), or the first catalogued one showing it. */
  readonly release: string;
  readonly exact: boolean;
  /** When not exact: the catalogued release before, the change falling in (after, release]. */
  readonly after: string | undefined;
  /** The parsl pull request, `Parsl/parsl#3605`, where known. */
  readonly reference: string | undefined;
}

type SignatureFields = Partial<Pick<ParamSpec, 'type' | 'default' | 'required'>>;

/** A parameter whose annotation, default or requiredness changed; only the changed fields. */
export interface SignatureChange extends ReleaseChange {
  readonly from: SignatureFields;
  readonly to: SignatureFields;
}

export interface History {
  /** The oldest and newest catalogued parsl releases that have it. */
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** Undefined when it is in the oldest catalogued release. */
  readonly appeared: ReleaseChange | undefined;
  /** Still accepted, with a warning, from this release. */
  readonly deprecated: ReleaseChange | undefined;
  /** Undefined when it is in the newest catalogued release. */
  readonly removed: ReleaseChange | undefined;
  /** The new name, where parsl renamed rather than dropped it (`max_workers` → `max_workers_per_node`). */
  readonly renamedTo: string | undefined;
  readonly note: string | undefined;
  readonly changes: readonly SignatureChange[];
}

interface RawChange {
  readonly release: string;
  readonly exact: boolean;
  readonly after?: string;
  readonly reference?: string;
  readonly from?: SignatureFields;
  readonly to?: SignatureFields;
}

interface RawEntry {
  readonly firstSeen?: string;
  readonly lastSeen?: string;
  readonly appeared?: RawChange;
  readonly deprecated?: RawChange;
  readonly removed?: RawChange;
  readonly renamedTo?: string;
  readonly note?: string;
  readonly changes?: readonly RawChange[];
}

interface RawHistory {
  readonly classes: Readonly<Record<string, RawEntry>>;
  readonly params: Readonly<Record<string, Readonly<Record<string, RawEntry>>>>;
}

const raw = (): RawHistory => catalogJson<RawHistory>('history.json');

function toChange(change: RawChange | undefined): ReleaseChange | undefined {
  return change && { release: change.release, exact: change.exact, after: change.after, reference: change.reference };
}

/** A missing firstSeen/lastSeen is the enclosing range: all catalogued releases, or the class's. */
function toHistory(entry: RawEntry, range: { firstSeen: string; lastSeen: string }): History {
  return {
    firstSeen: entry.firstSeen ?? range.firstSeen,
    lastSeen: entry.lastSeen ?? range.lastSeen,
    appeared: toChange(entry.appeared),
    deprecated: toChange(entry.deprecated),
    removed: toChange(entry.removed),
    renamedTo: entry.renamedTo,
    note: entry.note,
    changes: (entry.changes ?? []).map((change) => ({ ...toChange(change)!, from: change.from ?? {}, to: change.to ?? {} })),
  };
}

function classIn(version: string, className: string): ClassSpec | undefined {
  const catalog = parslCatalog(version);
  return className === 'Config' ? catalog.config : catalog.findInAnyGroup(className);
}

// Histories depend only on the catalog: each is worked out once per run, however many files ask.
const classHistories = new Map<string, History | undefined>();
/** By class, then parameter: a joined key would be a new string to hash on every look-up. */
const paramHistories = new Map<string, Map<string, History | undefined>>();

/** A class QIIME 2 can reach in some catalogued parsl release (or Config); undefined otherwise. */
export function classHistory(className: string): History | undefined {
  if (!classHistories.has(className)) classHistories.set(className, readClassHistory(className));
  return classHistories.get(className);
}

function readClassHistory(className: string): History | undefined {
  const all = { firstSeen: PARSL_RELEASES[0]!, lastSeen: PARSL_RELEASES.at(-1)! };
  const entry = Object.hasOwn(raw().classes, className) ? raw().classes[className] : undefined;
  if (entry) return toHistory(entry, all);
  // No entry: unchanged in every catalogued release, if it is in one.
  return classIn(all.lastSeen, className) ? toHistory({}, all) : undefined;
}

/** A constructor parameter of such a class; undefined when no catalogued release has it. */
export function paramHistory(className: string, param: string): History | undefined {
  let ofClass = paramHistories.get(className);
  if (ofClass === undefined) paramHistories.set(className, (ofClass = new Map()));
  if (!ofClass.has(param)) ofClass.set(param, readParamHistory(className, param));
  return ofClass.get(param);
}

function readParamHistory(className: string, param: string): History | undefined {
  const klass = classHistory(className);
  if (!klass) return undefined;
  const byParam = Object.hasOwn(raw().params, className) ? raw().params[className]! : {};
  const entry = Object.hasOwn(byParam, param) ? byParam[param] : undefined;
  if (entry) return toHistory(entry, klass);
  // No entry: present, unchanged, for the class's whole life, if it is there at all.
  return classIn(klass.lastSeen, className)?.params.has(param) ? toHistory({}, klass) : undefined;
}

/** `in parsl 2024.09.09`, or `between parsl 2024.04.15 and 2024.09.09` when not exact. */
export function describeChange(change: ReleaseChange): string {
  return change.exact || change.after === undefined ? `in parsl ${change.release}` : `between parsl ${change.after} and ${change.release}`;
}
