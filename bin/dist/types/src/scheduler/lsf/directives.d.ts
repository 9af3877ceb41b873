/**
 * Which lines of a batch script bsub reads as `#BSUB` directives.
 *
 * IBM LSF 10.1 command reference (research/slurm.md A11): "Use the #BSUB imperative (in upper
 * case letters) at the beginning of each line" (bsub job_script), and IBM's example puts a
 * `#BSUB` line after commands, so LSF sets no header boundary. The reference does not say whether
 * blanks may come before `#BSUB`, so an indented one is not judged either way. Which of two
 * `#BSUB` lines setting the same option wins is not documented either, so nothing here decides it.
 */
import { type DirectiveScan } from '../directive-scan.js';
export declare function scanLsfScript(text: string): DirectiveScan;
