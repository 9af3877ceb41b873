/**
 * The release a config is checked against: a QIIME 2 release and the parsl it pins, or a parsl
 * release alone for plain parsl users.
 */
import { parslCatalog } from './parsl.js';
import { NEWEST_QIIME2_RELEASE, qiime2Release, type Qiime2Release } from './qiime2.js';

export interface ResolvedTarget {
  readonly qiime2: Qiime2Release | undefined;
  /** A catalogued parsl release, `YYYY.MM.DD`. */
  readonly parsl: string;
}

export interface TargetRequest {
  readonly qiime2?: string | undefined;
  readonly parsl?: string | undefined;
}

/**
 * Neither given: the newest released QIIME 2. `qiime2` alone: that release and its pinned parsl.
 * `parsl` alone: that parsl, no QIIME 2. Both: the QIIME 2 release with that parsl instead of its
 * pin (an environment with parsl upgraded). Unknown versions throw, naming the known ones.
 */
export function resolveTarget(request: TargetRequest): ResolvedTarget {
  if (request.qiime2 === undefined && request.parsl !== undefined) {
    return { qiime2: undefined, parsl: parslCatalog(request.parsl).version };
  }
  const qiime2 = qiime2Release(request.qiime2 ?? NEWEST_QIIME2_RELEASE.version);
  return { qiime2, parsl: request.parsl === undefined ? qiime2.parsl : parslCatalog(request.parsl).version };
}

/** How a rule names the release it judged against: "QIIME 2 2026.7 (parsl 2026.02.23)". */
export function describeTarget(target: ResolvedTarget): string {
  return target.qiime2 ? `QIIME 2 ${target.qiime2.version} (parsl ${target.parsl})` : `parsl ${target.parsl}`;
}

/** Who builds the objects, as the subject of a failure: "QIIME 2 2026.7 (parsl 2026.02.23)", or "QIIME 2 with parsl 2026.02.23". */
export function describeLoader(target: ResolvedTarget): string {
  return target.qiime2 ? describeTarget(target) : `QIIME 2 with ${describeTarget(target)}`;
}
