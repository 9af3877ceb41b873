/**
 * What a TOML reader accepts beyond the grammar: the TOML version it implements and how deep it
 * lets keys and values nest before it gives up. The catalog says which reader each QIIME 2
 * release uses (src/catalog/tomlkit.ts); the parser only needs these facts.
 */
/**
 * How deep a reader lets a document nest.
 * - `parse-error`: the reader counts and refuses past a limit (tomlkit ≥ 0.15.1: more than 100
 *   dotted fragments in one key, or values nested more than 100 arrays / inline tables deep).
 * - `recursion`: the reader recurses without a limit of its own and Python stops it at its
 *   recursion limit (1000 frames), with a RecursionError. Each array level costs
 *   `arrayFrames` frames and each inline table `inlineTableFrames`, out of `valueFrames`;
 *   `inlineTables` caps inline tables alone. Measured, not exact: the frames already in use by
 *   the caller shift it by a few levels.
 */
export type DepthLimits = {
    readonly kind: 'parse-error';
    readonly keyFragments: number;
    readonly valueNesting: number;
} | {
    readonly kind: 'recursion';
    readonly keyFragments: number;
    readonly valueFrames: number;
    readonly arrayFrames: number;
    readonly inlineTableFrames: number;
    readonly inlineTables: number;
};
export interface TomlDialect {
    /** The TOML specification the reader implements. */
    readonly tomlVersion: '1.0.0' | '1.1.0';
    readonly depth: DepthLimits;
}
/**
 * tomlkit before 0.15.1 (every QIIME 2 release up to 2026.4), measured with tomlkit 0.12.1,
 * 0.13.2 and 0.14.0 on CPython 3.11: `[a.a.…]` and `a.a.… = 1` fail from 494 fragments below
 * a table of a real config (495 alone at the top of an empty file), `x = [[…]]` from 493 arrays,
 * `x = {a={…}}` from 328 inline tables, alternating `[{a=…}]` from 197 pairs, all with
 * RecursionError.
 */
export declare const TOMLKIT_RECURSION: DepthLimits;
/** TOML 1.0 as tomlkit before 0.15 reads it: the default where no target is given. */
export declare const TOML_1_0: TomlDialect;
