/**
 * The release a config is checked against: a QIIME 2 release and the parsl it pins, or a parsl
 * release alone for plain parsl users.
 */
import { nearestParslRelease } from './parsl.js';
import { NEWEST_QIIME2_RELEASE, qiime2Release, type Qiime2Release } from './qiime2.js';

export interface ResolvedTarget {
  readonly qiime2: Qiime2Release | undefined;
  /** A catalogued parsl release, `YYYY.MM.DD`. */
  readonly parsl: string;
  /** The parsl version asked for, when it is not catalogued and `parsl` is the newest catalogued one before it. */
  readonly parslAsked?: string;
}

export interface TargetRequest {
  readonly qiime2?: string | undefined;
  readonly parsl?: string | undefined;
}

/**
 * Neither given: the newest released QIIME 2. `qiime2` alone: that release and its pinned parsl.
 * `parsl` alone: that parsl, no QIIME 2. Both: the QIIME 2 release with that parsl instead of its
 * pin (an environment with parsl upgraded). A parsl version that is not catalogued stands for the
 * newest catalogued release at or before it (`parslAsked` keeps it, describeSubstitution says so).
 * Unknown QIIME 2 releases and malformed or too old parsl versions throw, naming the known ones.
 */
export function resolveTarget(request: TargetRequest): ResolvedTarget {
  const qiime2 = request.qiime2 === undefined && request.parsl !== undefined ? undefined : qiime2Release(request.qiime2 ?? NEWEST_QIIME2_RELEASE.version);
  if (request.parsl === undefined) return { qiime2, parsl: qiime2!.parsl };
  const { release, catalogued } = nearestParslRelease(request.parsl);
  return catalogued ? { qiime2, parsl: release } : { qiime2, parsl: release, parslAsked: request.parsl };
}

/** What the command line says once when a parsl version stood for another: undefined when none did. */
export function describeSubstitution(target: ResolvedTarget): string | undefined {
  return target.parslAsked === undefined
    ? undefined
    : `parsl ${target.parslAsked} is not catalogued; judging against parsl ${target.parsl}, the newest catalogued release before it`;
}

/** How a rule names the release it judged against: "QIIME 2 2026.7 (parsl 2026.02.23)". */
export function describeTarget(target: ResolvedTarget): string {
  return target.qiime2 ? `QIIME 2 ${target.qiime2.version} (parsl ${target.parsl})` : `parsl ${target.parsl}`;
}

/** Who builds the objects, as the subject of a failure: "QIIME 2 2026.7 (parsl 2026.02.23)", or "QIIME 2 with parsl 2026.02.23". */
export function describeLoader(target: ResolvedTarget): string {
  return target.qiime2 ? describeTarget(target) : `QIIME 2 with ${describeTarget(target)}`;
}
