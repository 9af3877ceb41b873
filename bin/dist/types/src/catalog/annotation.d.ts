/**
 * The catalog keeps parsl's type annotations as written (`Optional[int]`, `str | None`); this
 * reads one into a small model of what the annotation admits, for the checks and the schema.
 */
export type PythonType = 
/** `Any`, no annotation, or one the model has no use for. */
{
    readonly kind: 'any';
} | {
    readonly kind: 'none' | 'int' | 'float' | 'bool' | 'str' | 'tuple' | 'callable';
} | {
    readonly kind: 'literal';
    readonly values: readonly string[];
} | {
    readonly kind: 'union';
    readonly members: readonly PythonType[];
}
/** `List[X]`, `Iterable[X]`; `Sequence[X]` is `sequence`, as a str is a Sequence[str]. */
 | {
    readonly kind: 'list' | 'sequence';
    readonly item: PythonType;
} | {
    readonly kind: 'dict';
    readonly value: PythonType;
}
/** A class such as `ExecutionProvider` or `ManagerSelector`. */
 | {
    readonly kind: 'class';
    readonly name: string;
};
/** The annotation's type; `any` for null (no annotation) and for text it cannot read. */
export declare function parseAnnotation(annotation: string | null): PythonType;
