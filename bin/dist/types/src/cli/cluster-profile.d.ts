export interface ClusterProfileRequest {
    /** Files of scontrol output; none: ask the live scontrol. */
    readonly files: readonly string[];
    readonly output: string | undefined;
    readonly force: boolean;
}
export declare function clusterProfile(request: ClusterProfileRequest, cwd: string): Promise<number>;
