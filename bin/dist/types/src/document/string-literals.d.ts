import type { StringToken } from './prescan.js';
/** Longer bodies are decoded in pieces: far below the ~120,000 code points the parser overflows at. */
export declare const LONG_STRING = 50000;
export type Decoded = {
    ok: true;
    value: string;
} | {
    ok: false;
    message: string;
    offset: number;
};
export declare function decodeStringLiteral(text: string, token: StringToken, tomlVersion: '1.0.0' | '1.1.0'): Decoded;
