/**
 * Memory and time as people write them in a requirements table (`96GB`, `96G`, `24h`, `2d`,
 * `90m`, `1-12:00:00`), turned into what SlurmProvider takes: whole GB for `mem_per_node` (parsl
 * writes `--mem=<n>g`, which Slurm reads as GiB) and minutes for `walltime`.
 */

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: string };

const MEMORY_UNITS: Readonly<Record<string, number>> = { m: 1 / 1024, g: 1, t: 1024 };

/** Memory in whole GB: `96GB`, `96G`, `96 GiB`, `1TB`, `2048MB`. A unit is required. */
export function parseMemoryGb(text: string): Parsed<number> {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([mgt])(?:i?b)?\s*$/i.exec(text);
  if (!match) return { ok: false, reason: `"${text}" is not an amount of memory; write it with a unit, e.g. 96GB, 96G or 512MB` };
  const gb = Number(match[1]) * MEMORY_UNITS[match[2]!.toLowerCase()]!;
  if (!Number.isInteger(gb) || gb < 1) return { ok: false, reason: `${text} is not a whole number of GB, which is what parsl's mem_per_node takes` };
  return { ok: true, value: gb };
}

/**
 * A time limit in minutes: `24h`, `2d`, `90m`, `1d12h`, `1h30m`, or Slurm's and parsl's clock
 * forms `1-12:00:00`, `1-12`, `24:00:00`. A bare number or `MM:SS` is refused: it is ambiguous.
 * Seconds round up to a whole minute, as parsl counts only minutes.
 */
export function parseWalltimeMinutes(text: string): Parsed<number> {
  const trimmed = text.trim();
  const units = /^(?:(\d+)\s*d)?\s*(?:(\d+)\s*h)?\s*(?:(\d+)\s*m(?:in)?)?$/i.exec(trimmed);
  const dayClock = /^(\d+)-(\d+)(?::(\d+))?(?::(\d+))?$/.exec(trimmed);
  const clock = /^(\d+):(\d+):(\d+)$/.exec(trimmed);
  let minutes: number | undefined;
  if (units && trimmed !== '') minutes = n(units[1]) * 1440 + n(units[2]) * 60 + n(units[3]);
  else if (dayClock) minutes = n(dayClock[1]) * 1440 + n(dayClock[2]) * 60 + n(dayClock[3]) + Math.ceil(n(dayClock[4]) / 60);
  else if (clock) minutes = n(clock[1]) * 60 + n(clock[2]) + Math.ceil(n(clock[3]) / 60);
  if (minutes === undefined) return { ok: false, reason: `"${text}" is not a time limit; write e.g. 24h, 2d, 90m, 1-12:00:00 or 24:00:00` };
  if (minutes < 1) return { ok: false, reason: `${text} is less than a minute` };
  return { ok: true, value: minutes };
}

function n(text: string | undefined): number {
  return text === undefined ? 0 : Number(text);
}
