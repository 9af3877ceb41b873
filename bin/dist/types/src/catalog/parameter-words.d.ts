export declare function sameMeaning(written: string, renamed: string): boolean;
