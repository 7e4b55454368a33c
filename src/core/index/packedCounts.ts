/**
 * A list of counts (whole numbers from 0 to 2³²−1) packed into one short string, for the persistent cache:
 * base 36, separated by commas ("0,1z,a3"). Reading it back fills a typed array in one pass over its
 * characters, with no object per number: a JSON array of the 846,000 numbers of a large workspace's deal
 * sources cost most of a warm start in parsing and garbage collection. It is data from disk: anything but
 * exactly the expected number of valid counts is refused.
 */

const MAX = 0xffff_ffff;
const COMMA = 0x2c;
/** The value of each character code as a base-36 digit, −1 for any other character. */
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < 10; i++) DIGIT[0x30 + i] = i;
for (let i = 0; i < 26; i++) DIGIT[0x61 + i] = 10 + i;

/** The counts as one string; undefined if one is not a whole number from 0 to 2³²−1. */
export function packCounts(counts: ArrayLike<number>): string | undefined {
  const parts = new Array<string>(counts.length);
  for (let i = 0; i < counts.length; i++) {
    const n = counts[i]!;
    if (!Number.isInteger(n) || n < 0 || n > MAX) return undefined;
    parts[i] = n.toString(36);
  }
  return parts.join(',');
}

/** The `expected` counts `packed` holds, or undefined when it is not exactly that many valid counts. */
export function unpackCounts(packed: unknown, expected: number): Uint32Array | undefined {
  if (typeof packed !== 'string') return undefined;
  if (expected === 0) return packed === '' ? new Uint32Array(0) : undefined;
  const out = new Uint32Array(expected);
  let at = 0;
  let value = 0;
  let digits = 0;
  for (let i = 0; i < packed.length; i++) {
    const c = packed.charCodeAt(i);
    if (c === COMMA) {
      if (!digits || at === expected - 1) return undefined;
      out[at++] = value;
      value = 0;
      digits = 0;
      continue;
    }
    const d = c < 128 ? DIGIT[c]! : -1;
    if (d < 0) return undefined;
    value = value * 36 + d;
    if (value > MAX) return undefined;
    digits++;
  }
  if (!digits || at !== expected - 1) return undefined;
  out[at] = value;
  return out;
}
