import type { ClusterProfile } from './profile.js';
export declare class ProfileError extends Error {
    readonly name = "ProfileError";
}
/**
 * The profile in `text`. `file` is how messages name the file; `tablePath` the table that holds
 * the profile (`['profile']` inside the linter's config, `[]` for a file of its own).
 */
export declare function readProfile(text: string, file: string, tablePath?: readonly string[]): ClusterProfile;
