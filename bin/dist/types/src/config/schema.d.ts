export declare function configSchema(ruleIds: readonly string[]): {
    type: string;
    additionalProperties: boolean;
    $defs: {
        setting: {
            enum: string[];
        };
    };
    properties: {
        qiime2: {
            type: string;
        };
        parsl: {
            type: string;
        };
        include: {
            type: string;
            items: {
                type: string;
                minLength: number;
            };
        };
        exclude: {
            type: string;
            items: {
                type: string;
                minLength: number;
            };
        };
        rules: {
            type: string;
            additionalProperties: boolean;
            properties: {
                [k: string]: {
                    $ref: string;
                };
            };
        };
        profile: {
            anyOf: {
                type: string;
            }[];
        };
        required: {
            type: string;
            additionalProperties: boolean;
            properties: {
                [k: string]: {
                    type: string;
                    items: {
                        type: string;
                        pattern: string;
                    };
                    uniqueItems: boolean;
                };
            };
        };
        slurm: {
            type: string;
            additionalProperties: boolean;
            properties: {
                'plugin-options': {
                    type: string;
                    items: {
                        type: string;
                        pattern: string;
                    };
                    uniqueItems: boolean;
                };
                release: {
                    type: string;
                };
            };
        };
    };
};
