import type { Directive, DirectiveProblem, SourcedText } from './types.js';
import { type SbatchOption } from './options.js';
interface ParsedArguments {
    readonly directives: Directive[];
    readonly problems: DirectiveProblem[];
}
/**
 * `getopt_long(argc, argv, "+...", ...)`: options until the first non-option (then sbatch says
 * "Invalid directive found in batch script"). sbatch stops at the first error; this goes on, so
 * that every problem is reported, treating each non-option as stray. Verified on the oracle:
 * `-Qt 10`, `-Ht10 --test`, `-pdebug`, `--nice=5`, `--pars` are accepted; `-tQ` is `-t Q`;
 * `-k foo` and `--nice 5` leave a stray argument; `--` stops option parsing (`-- -p x` reports
 * `-p`); a lone `-` is stray; `-+` is an invalid option.
 */
export declare function parseArguments(argv: readonly SourcedText[], table: readonly SbatchOption[], component: number): ParsedArguments;
export {};
