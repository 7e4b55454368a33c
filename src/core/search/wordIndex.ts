/**
 * The candidate filter in front of Fuse: an inverted index from the (folded) words of every search item to
 * the items, and from the character bigrams of those words to the words. A query word finds the indexed
 * words that share most of its bigrams (typos, missing letters), start with it (typing ahead) or contain
 * it; an item is a candidate when every query word finds one of its words. Fuse then scores only the
 * best candidates, so a query costs about the same at 100 notes and at 10,000.
 *
 * Updated item by item (`add`, `remove`), so a note edit touches only that note's words.
 */

/** The words of a folded field: letters and digits, split on everything else. */
export function wordsOf(folded: string): string[] {
  return folded.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

function bigrams(word: string): string[] {
  const padded = `^${word}$`;
  const out: string[] = [];
  for (let i = 0; i + 2 <= padded.length; i++) out.push(padded.slice(i, i + 2));
  return out;
}

export class WordIndex {
  /** word -> ids of the items that contain it. */
  private readonly postings = new Map<string, Set<number>>();
  /** bigram -> words that contain it. */
  private readonly grams = new Map<string, Set<string>>();
  /** id -> its distinct words (to remove it). */
  private readonly itemWords = new Map<number, string[]>();

  get size(): number {
    return this.itemWords.size;
  }

  get vocabularySize(): number {
    return this.postings.size;
  }

  add(id: number, words: readonly string[]): void {
    const distinct = [...new Set(words)];
    this.itemWords.set(id, distinct);
    for (const w of distinct) {
      let ids = this.postings.get(w);
      if (!ids) {
        ids = new Set();
        this.postings.set(w, ids);
        for (const g of bigrams(w)) {
          let ws = this.grams.get(g);
          if (!ws) this.grams.set(g, (ws = new Set()));
          ws.add(w);
        }
      }
      ids.add(id);
    }
  }

  remove(id: number): void {
    const words = this.itemWords.get(id);
    if (!words) return;
    this.itemWords.delete(id);
    for (const w of words) {
      const ids = this.postings.get(w);
      if (!ids) continue;
      ids.delete(id);
      if (ids.size) continue;
      this.postings.delete(w);
      for (const g of bigrams(w)) {
        const ws = this.grams.get(g);
        ws?.delete(w);
        if (ws && !ws.size) this.grams.delete(g);
      }
    }
  }

  /**
   * Indexed words like `token`, each with a similarity in (0, 1]: 1 for the word itself, high for a word it
   * starts or is contained in, the share of its bigrams otherwise. Words below `minSimilarity` are left out.
   */
  similarWords(token: string, minSimilarity = 0.5): Map<string, number> {
    const out = new Map<string, number>();
    const tokenGrams = [...new Set(bigrams(token))];
    const shared = new Map<string, number>();
    for (const g of tokenGrams) {
      for (const w of this.grams.get(g) ?? []) shared.set(w, (shared.get(w) ?? 0) + 1);
    }
    for (const [w, n] of shared) {
      let sim: number;
      if (w === token) sim = 1;
      else if (w.startsWith(token)) sim = 0.95;
      else if (token.length >= 3 && w.includes(token)) sim = 0.85;
      else {
        // Share of the query word's bigrams found, lowered when the word is much longer than the token.
        const lengthPenalty = Math.min(1, (token.length + 2) / w.length);
        sim = (n / tokenGrams.length) * (0.7 + 0.3 * lengthPenalty);
      }
      if (sim >= minSimilarity) out.set(w, sim);
    }
    return out;
  }

  /**
   * Items in which every token finds a similar word, best first (sum of the tokens' best similarities),
   * at most `cap`. `rank` breaks ties (lower first).
   */
  candidates(tokens: readonly string[], cap: number, rank: (id: number) => number = () => 0): number[] {
    if (!tokens.length) return [];
    // The rarest token first: the intersection then starts small.
    const perToken = tokens.map((t) => this.similarWords(t));
    const sizes = perToken.map((words) => [...words.keys()].reduce((n, w) => n + (this.postings.get(w)?.size ?? 0), 0));
    const order = tokens.map((_, i) => i).sort((a, b) => sizes[a]! - sizes[b]!);
    let scores: Map<number, number> | undefined;
    for (const i of order) {
      const best = new Map<number, number>();
      for (const [w, sim] of perToken[i]!) {
        for (const id of this.postings.get(w) ?? []) {
          if (scores && !scores.has(id)) continue;
          if ((best.get(id) ?? 0) < sim) best.set(id, sim);
        }
      }
      if (scores) for (const [id, sim] of best) best.set(id, sim + scores.get(id)!);
      scores = best;
      if (!scores.size) return [];
    }
    return [...scores!]
      .sort((a, b) => b[1] - a[1] || rank(a[0]) - rank(b[0]) || a[0] - b[0])
      .slice(0, cap)
      .map(([id]) => id);
  }
}
