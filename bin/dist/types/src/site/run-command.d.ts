export interface CommandResult {
    readonly exitCode: number;
    readonly stdout: string;
    readonly stderr: string;
}
/** The command could not be started (`ENOENT`: not installed) or gave no answer in time. */
export declare class CommandFailed extends Error {
    readonly reason: 'not-installed' | 'timeout' | 'other';
    readonly name = "CommandFailed";
    constructor(message: string, reason: 'not-installed' | 'timeout' | 'other');
}
export declare function runCommand(command: string, args: readonly string[], timeoutMs: number): Promise<CommandResult>;
