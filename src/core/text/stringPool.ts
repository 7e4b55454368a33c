/**
 * Equal short strings kept once. A workspace names the same companies, chips and amounts thousands of times,
 * and each mention held its own copy of "Nvidia" or "$100B" (about 28 MB of duplicates for the 10,000 bench
 * notes). The pool keeps a fresh copy of each string, never a slice of a note (which would keep that whole
 * note alive after it is closed), and stops growing at `limit` strings: past it, strings are returned as given.
 */
export class StringPool {
  private readonly strings = new Map<string, string>();

  constructor(private readonly limit = 50_000, private readonly longest = 64) {}

  intern(s: string): string {
    if (s.length > this.longest) return s;
    const known = this.strings.get(s);
    if (known !== undefined) return known;
    if (this.strings.size >= this.limit) return s;
    // A copy of its own: JSON.parse makes a new flat string, never a slice of the note `s` may be.
    const own = JSON.parse(JSON.stringify(s)) as string;
    this.strings.set(own, own);
    return own;
  }

  get size(): number {
    return this.strings.size;
  }
}
