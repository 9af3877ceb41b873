/** Walks toml-eslint-parser's AST without recursion: a document may nest as deep as its reader allows. */
import type { AST } from 'toml-eslint-parser';
/** Calls `enter` on `node` and every node below it, in document order. */
export declare function walk(node: AST.TOMLNode, enter: (node: AST.TOMLNode) => void): void;
