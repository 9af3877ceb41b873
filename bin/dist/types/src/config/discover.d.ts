import { type LinterConfig } from './config.js';
export declare class ConfigResolver {
    private readonly load;
    private readonly byFolder;
    /** `load` returns undefined for a file that does not exist or holds no parsl-lint settings. */
    constructor(load: (file: string) => Promise<LinterConfig | undefined>);
    forFile(file: string): Promise<LinterConfig>;
    private forFolder;
    private search;
}
