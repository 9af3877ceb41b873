import type { ParslObject } from './config.js';
export declare function isBatchProvider(object: ParslObject): boolean;
