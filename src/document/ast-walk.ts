/** Walks toml-eslint-parser's AST without recursion: a document may nest as deep as its reader allows. */
import type { AST } from 'toml-eslint-parser';

/** Calls `enter` on `node` and every node below it, in document order. */
/** @internal toml-eslint-parser's AST is not part of the package's public types. */
export function walk(node: AST.TOMLNode, enter: (node: AST.TOMLNode) => void): void {
  const stack: AST.TOMLNode[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    enter(current);
    const next = children(current);
    for (let i = next.length - 1; i >= 0; i--) stack.push(next[i]!);
  }
}

function children(node: AST.TOMLNode): readonly AST.TOMLNode[] {
  switch (node.type) {
    case 'Program':
      return node.body;
    case 'TOMLTopLevelTable':
      return node.body;
    case 'TOMLTable':
      return [node.key, ...node.body];
    case 'TOMLKeyValue':
      return [node.key, node.value];
    case 'TOMLKey':
      return node.keys;
    case 'TOMLArray':
      return node.elements;
    case 'TOMLInlineTable':
      return node.body;
    default:
      return [];
  }
}
