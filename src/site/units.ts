/** How the profile rules write quantities in messages. */

/** Minutes as parsl's walltime format, `HH:MM:SS` (hours may pass 24: `48:00:00`). */
export function walltimeText(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}:00`;
}

/** Slurm's MB (MiB) with the GB figure parsl's `mem_per_node` uses: `98304 MB (96 GB)`. */
export function megabytesText(mb: number): string {
  const gb = mb / 1024;
  return `${mb} MB (${Number.isInteger(gb) ? gb : gb.toFixed(1)} GB)`;
}
