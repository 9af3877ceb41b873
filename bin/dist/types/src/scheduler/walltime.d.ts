/**
 * What parsl does with a provider's `walltime` string.
 *
 * Read from Parsl/parsl at b8b474c7 (2026-08-06) and at tag 2024.04.15; the code quoted is the
 * same in both.
 */
export type ParslWalltimeMinutes = {
    readonly ok: true;
    readonly minutes: number;
    /** parsl's logged warning when the result is under one minute; the job is still submitted. */
    readonly warning?: string;
} | {
    /** parsl raises ValueError inside `submit()`, so no block is ever submitted. */
    readonly ok: false;
    readonly reason: string;
};
/**
 * `parsl.utils.wtime_to_minutes` (parsl/utils.py):
 *
 *     hours, mins, seconds = time_string.split(':')
 *     total_mins = int(hours) * 60 + int(mins)
 *     if total_mins < 1: logger.warning(...)
 *     return total_mins
 *
 * So: exactly two `:`; hours and minutes go through Python's `int()` (surrounding whitespace, a
 * sign, `_` between digits and non-ASCII decimal digits are all accepted); the seconds field is
 * never parsed, so `"01:00:xx"` is 60 minutes; a result under 1 (0 or negative) is returned as it
 * is, with only a warning. It runs in `submit()`, when parsl scales out, not when the config is
 * loaded. The ValueError texts are as python3.11 prints them (checked).
 */
export declare function parslWalltimeToMinutes(text: string): ParslWalltimeMinutes;
