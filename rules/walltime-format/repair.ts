/**
 * Turning a walltime written in another convention into parsl's `H:M:S`, when the intent is
 * unmistakable: the walltime-format rule's fix.
 */

export interface WalltimeRepair {
  readonly text: string;
  /** `safe` when the unit is written (`24h`, `1-00:00:00`); `unsafe` when it is inferred. */
  readonly safety: 'safe' | 'unsafe';
  readonly reading: string;
}

const UNIT_SECONDS: ReadonlyArray<[RegExp, number, string]> = [
  [/^(?:d|days?)$/, 86400, 'days'],
  [/^(?:h|hrs?|hours?)$/, 3600, 'hours'],
  [/^(?:m|mins?|minutes?)$/, 60, 'minutes'],
  [/^(?:s|secs?|seconds?)$/, 1, 'seconds'],
];

export function repairWalltime(written: string): WalltimeRepair | undefined {
  const text = written.trim().toLowerCase();

  // `24h`, `90m`, `1.5h`, `2 days`, `1h30m`
  const parts = durationParts(text);
  if (parts.length > 0) {
    let seconds = 0;
    for (const [, amount, unit] of parts) {
      const known = UNIT_SECONDS.find(([pattern]) => pattern.test(unit!));
      if (!known) return undefined;
      seconds += Number(amount) * known[1];
    }
    return repairable(seconds) ? { text: hms(seconds), safety: 'safe', reading: `${written.trim()} as a duration` } : undefined;
  }

  // Slurm's day forms: `D-H`, `D-H:M`, `D-H:M:S`
  const day = /^(\d+)-(\d+)(?::(\d+))?(?::(\d+))?$/.exec(text);
  if (day) {
    const [, days, hours, minutes = '0', seconds = '0'] = day;
    const total = Number(days) * 86400 + Number(hours) * 3600 + Number(minutes) * 60 + Number(seconds);
    return repairable(total) ? { text: hms(total), safety: 'safe', reading: 'Slurm\'s days-hours:minutes:seconds' } : undefined;
  }

  // Slurm reads a bare number as minutes and `A:B` as minutes:seconds, but people often mean
  // hours or hours:minutes, so these are guesses.
  if (/^\d+$/.test(text) && repairable(Number(text) * 60)) return { text: hms(Number(text) * 60), safety: 'unsafe', reading: 'minutes, as Slurm reads a bare number' };
  const pair = /^(\d+):(\d+)$/.exec(text);
  const pairSeconds = pair ? Number(pair[1]) * 3600 + Number(pair[2]) * 60 : 0;
  if (pair && repairable(pairSeconds)) return { text: hms(pairSeconds), safety: 'unsafe', reading: 'hours:minutes' };
  return undefined;
}

/**
 * `1h30m` → its amount-unit pairs, or none unless they make up the whole text. Matched one
 * after the other from the start (a sticky regular expression): searching the text for each
 * pair retried every position of a long run of digits, which took seconds on 100k characters.
 */
function durationParts(text: string): RegExpExecArray[] {
  const pair = /(\d+(?:\.\d+)?)\s*([a-z]+)\s*/y;
  const parts: RegExpExecArray[] = [];
  for (let part = pair.exec(text); part; part = pair.exec(text)) parts.push(part);
  const covered = parts.reduce((length, part) => length + part[0].length, 0);
  return covered === text.length ? parts : [];
}

/**
 * parsl keeps whole minutes only (wtime_to_minutes drops the seconds) and needs at least one: a
 * duration that is not a whole number of minutes, or under one, has no faithful H:M:S.
 */
function repairable(seconds: number): boolean {
  return Number.isInteger(seconds / 60) && seconds >= 60;
}

function hms(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  return [hours, minutes, seconds].map((n) => String(n).padStart(2, '0')).join(':');
}
