/** `shown` is how messages name the file (as the user wrote it). */
export declare function writeNewFile(file: string, text: string, force: boolean, shown: string): Promise<void>;
