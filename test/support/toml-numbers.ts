/** Numbers for the property and fuzz tests. */
import fc from 'fast-check';

/**
 * TOML numbers of every shape: decimal integers up to the 64-bit limits (beyond 2^53 too), hex,
 * octal and binary, underscores, floats in every notation, signed zeros, inf and nan.
 */
export const tomlNumber = fc.oneof(
  fc.bigInt({ min: -(2n ** 63n), max: 2n ** 63n - 1n }).map(String),
  fc.integer({ min: -100, max: 100 }).map(String),
  fc.tuple(fc.bigInt({ min: 0n, max: 2n ** 63n - 1n }), fc.constantFrom(['0x', 16], ['0o', 8], ['0b', 2]) as fc.Arbitrary<[string, number]>).map(([n, [prefix, radix]]) => prefix + n.toString(radix)),
  fc.double().map(tomlFloat),
  fc.constantFrom('1e21', '1e400', '-1e400', '5e-324', '1.7976931348623157e308', '9007199254740993', '9223372036854775807', '-9223372036854775808', '1_000', '0.0', '-0.0', '+0.0', '2.0', '1E3', '+inf', '-inf', 'nan', '1.5', '4503599627370495.5', '2.5e15'),
);

/** A double as a TOML float literal (JavaScript writes `1e+21`, `Infinity`, `-0` otherwise). */
function tomlFloat(value: number): string {
  if (Number.isNaN(value)) return 'nan';
  if (!Number.isFinite(value)) return value > 0 ? 'inf' : '-inf';
  if (Object.is(value, -0)) return '-0.0';
  const text = String(value).replace('e+', 'e');
  return /[.e]/.test(text) ? text : `${text}.0`;
}
