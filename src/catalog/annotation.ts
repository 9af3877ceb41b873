/**
 * The catalog keeps parsl's type annotations as written (`Optional[int]`, `str | None`); this
 * reads one into a small model of what the annotation admits, for the checks and the schema.
 */

export type PythonType =
  /** `Any`, no annotation, or one the model has no use for. */
  | { readonly kind: 'any' }
  | { readonly kind: 'none' | 'int' | 'float' | 'bool' | 'str' | 'tuple' | 'callable' }
  | { readonly kind: 'literal'; readonly values: readonly string[] }
  | { readonly kind: 'union'; readonly members: readonly PythonType[] }
  /** `List[X]`, `Iterable[X]`; `Sequence[X]` is `sequence`, as a str is a Sequence[str]. */
  | { readonly kind: 'list' | 'sequence'; readonly item: PythonType }
  | { readonly kind: 'dict'; readonly value: PythonType }
  /** A class such as `ExecutionProvider` or `ManagerSelector`. */
  | { readonly kind: 'class'; readonly name: string };

const ANY: PythonType = { kind: 'any' };

/** The annotation's type; `any` for null (no annotation) and for text it cannot read. */
export function parseAnnotation(annotation: string | null): PythonType {
  if (annotation === null) return ANY;
  // The catalog's annotations are few and every file asks for them: each is read once per run.
  let type = annotations.get(annotation);
  if (type === undefined) annotations.set(annotation, (type = readAnnotation(annotation)));
  return type;
}

const annotations = new Map<string, PythonType>();

function readAnnotation(annotation: string): PythonType {
  try {
    const parser = new Parser(annotation);
    const type = parser.union();
    return parser.atEnd() ? type : ANY;
  } catch {
    return ANY;
  }
}

const SCALARS = new Set(['int', 'float', 'bool', 'str']);

class Parser {
  private readonly tokens: string[];
  private index = 0;

  constructor(text: string) {
    this.tokens = text.match(/'[^']*'|"[^"]*"|[\w.]+|[[\],|]/g) ?? [];
  }

  atEnd(): boolean {
    return this.index === this.tokens.length;
  }

  /** `A | B | ...` */
  union(): PythonType {
    const members = [this.primary()];
    while (this.peek() === '|') {
      this.index++;
      members.push(this.primary());
    }
    return members.length === 1 ? members[0]! : { kind: 'union', members };
  }

  private primary(): PythonType {
    const token = this.next();
    // Callable's parameter list `[A, B]`: its content does not matter here.
    if (token === '[') {
      this.arguments(']');
      return ANY;
    }
    if (/^['"]/.test(token)) return { kind: 'literal', values: [token.slice(1, -1)] };
    const args = this.peek() === '[' ? (this.index++, this.arguments(']')) : [];
    return fromName(token.replace(/^typing\./, ''), args);
  }

  private arguments(close: string): PythonType[] {
    const args: PythonType[] = [];
    while (this.peek() !== close) {
      args.push(this.union());
      if (this.peek() === ',') this.index++;
    }
    this.index++;
    return args;
  }

  private peek(): string | undefined {
    return this.tokens[this.index];
  }

  private next(): string {
    const token = this.tokens[this.index++];
    if (token === undefined) throw new Error('unexpected end of annotation');
    return token;
  }
}

function fromName(name: string, args: PythonType[]): PythonType {
  if (name === 'None') return { kind: 'none' };
  if (SCALARS.has(name)) return { kind: name as 'int' | 'float' | 'bool' | 'str' };
  switch (name) {
    case 'Any':
      return ANY;
    case 'Optional':
      return { kind: 'union', members: [args[0] ?? ANY, { kind: 'none' }] };
    case 'Union':
      return { kind: 'union', members: args };
    case 'Literal':
      return { kind: 'literal', values: args.flatMap((arg) => (arg.kind === 'literal' ? arg.values : [])) };
    case 'List':
    case 'list':
    case 'Iterable':
      return { kind: 'list', item: args[0] ?? ANY };
    case 'Sequence':
      return { kind: 'sequence', item: args[0] ?? ANY };
    case 'Tuple':
    case 'tuple':
      return { kind: 'tuple' };
    case 'Dict':
    case 'dict':
    case 'Mapping':
      return { kind: 'dict', value: args[1] ?? ANY };
    case 'Callable':
      return { kind: 'callable' };
    default:
      return { kind: 'class', name: name.split('.').at(-1)! };
  }
}
