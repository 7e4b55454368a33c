/**
 * A function of a string with its answers kept: names and descriptions repeat endlessly across notes, so a small
 * map spares most of the work. Its size is bounded (emptied when it reaches `limit`): a user's notes and lexicon
 * may hold any number of different strings.
 */
export function boundedMemo<T>(limit: number, compute: (key: string) => T): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    let value = known.get(key);
    if (value === undefined && !known.has(key)) {
      value = compute(key);
      if (known.size >= limit) known.clear();
      known.set(key, value);
    }
    return value as T;
  };
}
