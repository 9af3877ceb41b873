/** The repository's web address: `git+https://github.com/o/r.git` → `https://github.com/o/r`. */
export declare function repositoryUrl(): string;
export declare function ruleDocsUrl(id: string): string;
