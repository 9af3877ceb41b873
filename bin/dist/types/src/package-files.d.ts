export declare function packageFile(relative: string): string;
