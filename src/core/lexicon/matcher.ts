/**
 * Finds lexicon names in text with a character trie walked from every word start: linear in the text,
 * whatever the size of the lexicon. Matching is case-sensitive on each alias as written and on its
 * all-capitals form ("Nvidia", "NVIDIA"), folds typographic apostrophes, special spaces and hyphens, and
 * respects word boundaries, so "Meta" is not found in "métaux" or "Metadata" and "d’OpenAI" works.
 */
import type { Entity } from '../types';
import { foldCode, foldText, isWordCode, isWordEnd } from '../text/chars';
import { runToEnd, type Steps } from '../steps';

export interface NameMatch {
  start: number;
  end: number;
  entity: Entity;
  /** True when the matched alias is also an ordinary word and needs context to count. */
  ambiguous: boolean;
}

interface TrieNode {
  /**
   * Children by folded UTF-16 code unit: a first child is kept in `code` and `child`, a Map is made for a second
   * (most nodes of a trie of names have one child or none: tens of thousands of inferred names made a Map a character).
   */
  code: number;
  child: TrieNode | undefined;
  next: Map<number, TrieNode> | undefined;
  hit?: { entity: Entity; ambiguous: boolean };
  /** Its place in the trie's arrays, set while they are made (flattenSteps). */
  number?: number;
}

const newNode = (): TrieNode => ({ code: -1, child: undefined, next: undefined });

/** The child of `node` by folded code `code`, if any. */
function childByCode(node: TrieNode, code: number): TrieNode | undefined {
  return node.next ? node.next.get(code) : node.code === code ? node.child : undefined;
}

/** Adds `child` under `code` (which `node` has no child by yet). */
function addChild(node: TrieNode, code: number, child: TrieNode): void {
  if (node.next) node.next.set(code, child);
  else if (!node.child) {
    node.code = code;
    node.child = child;
  } else {
    node.next = new Map([[node.code, node.child], [code, child]]);
    node.code = -1;
    node.child = undefined;
  }
}

/** The children of `node` as [code, child], in the order they were added. */
function childrenOf(node: TrieNode): Iterable<[number, TrieNode]> {
  return node.next ?? (node.child ? [[node.code, node.child]] : []);
}

/**
 * The spellings a (trimmed) alias is found under: as written, in capitals ("NVIDIA"; an all-caps form of a
 * one-letter or already all-caps name adds nothing), and, for a one-word name with inner capitals, with those
 * lowered ("Deepseek", "Softbank", "Coreweave": outlets often write them so).
 */
export function aliasForms(alias: string): string[] {
  const forms = [alias];
  const upper = alias.toUpperCase();
  if (upper !== alias && alias.length > 1) forms.push(upper);
  if (/^\p{Lu}\p{Ll}+(?:\p{Lu}\p{Ll}+)+$/u.test(alias)) forms.push(alias[0] + alias.slice(1).toLowerCase());
  return forms;
}

export class NameMatcher {
  private readonly root = newNode();
  /** The trie in arrays for `find`, made when first needed after the last name was added. */
  private flat: FlatTrie | undefined;

  constructor(entities: readonly Entity[]) {
    for (const entity of entities) this.add(entity);
  }

  /**
   * The names of `entities` added a share at a time, pausing between shares: a note may name tens of
   * thousands of companies no lexicon knows, and building their matcher at once took over a second.
   */
  static *buildSteps(entities: Iterable<Entity>, perStep = 1000): Steps<NameMatcher> {
    const matcher = new NameMatcher([]);
    let n = 0;
    for (const entity of entities) {
      matcher.add(entity);
      if (++n % perStep === 0) yield;
    }
    // Its arrays too (tens of thousands of names make hundreds of thousands of nodes).
    matcher.flat = yield* flattenSteps(matcher.root, perStep * 20);
    return matcher;
  }

  /** Adds the entity's name and aliases (an entity added earlier keeps a name both have, unless this one is the user's). */
  private add(entity: Entity): void {
    const ambiguous = new Set(entity.ambiguousAliases ?? []);
    for (const alias of [entity.name, ...entity.aliases]) {
      const trimmed = alias.trim();
      if (!trimmed) continue;
      const isAmbiguous = ambiguous.has(alias);
      for (const form of aliasForms(trimmed)) this.insert(form, entity, isAmbiguous);
    }
  }

  private insert(alias: string, entity: Entity, ambiguous: boolean): void {
    this.flat = undefined;
    let node = this.root;
    const folded = foldText(alias);
    for (let k = 0; k < folded.length; k++) {
      const code = folded.charCodeAt(k);
      let child = childByCode(node, code);
      if (!child) {
        child = newNode();
        addChild(node, code, child);
      }
      node = child;
    }
    // User entries win over built-in ones; otherwise the first entity keeps the alias.
    if (!node.hit || entity.source === 'user') node.hit = { entity, ambiguous };
  }

  /** Leftmost-longest matches, in order, never overlapping; only those inside [from, to) when given. */
  find(text: string, from = 0, to = text.length): NameMatch[] {
    const { rootNext, edgeFrom, edgeCode, edgeTarget, hits } = (this.flat ??= runToEnd(flattenSteps(this.root)));
    const out: NameMatch[] = [];
    // Whether the character before `i` is a word character: inside a word, nothing can start.
    let afterWordChar = from > 0 && isWordCode(text.charCodeAt(from - 1));
    let i = from;
    while (i < to) {
      const c = text.charCodeAt(i);
      const first = foldCode(c);
      let node = afterWordChar || first >= rootNext.length ? 0 : rootNext[first]!;
      if (node === 0) {
        afterWordChar = isWordCode(c);
        i++;
        continue;
      }
      let best: NameMatch | undefined;
      for (let j = i; ;) {
        const hit = hits[node];
        if (hit) {
          const end = j + 1;
          if (isWordEnd(text, end)) best = { start: i, end, entity: hit.entity, ambiguous: hit.ambiguous };
          else if (hit.entity.kind === 'chip' && end < to && text.charCodeAt(end) === 115 && isWordEnd(text, end + 1)) {
            // Plurals of chip names: "TPUs", "H100s".
            best = { start: i, end: end + 1, entity: hit.entity, ambiguous: hit.ambiguous };
          }
        }
        if (++j >= to) break;
        node = childOf(edgeFrom, edgeCode, edgeTarget, node, foldCode(text.charCodeAt(j)));
        if (node === 0) break;
      }
      if (best) {
        out.push(best);
        i = best.end;
        afterWordChar = isWordCode(text.charCodeAt(i - 1));
      } else {
        afterWordChar = isWordCode(c);
        i++;
      }
    }
    return out;
  }
}

/**
 * The trie in arrays (node 0 is the root; 0 as a child means none): the root's children by folded code in one
 * table, every other node's edges sorted by code in `edgeCode`/`edgeTarget`, from `edgeFrom[n]` to
 * `edgeFrom[n + 1]`, numbered breadth first. The matcher reads every character of every note: a walk through
 * these few typed arrays stays in the processor's caches, where one Map per node did not (the name matcher was the
 * largest self time of a scan's profile).
 */
interface FlatTrie {
  rootNext: Int32Array;
  edgeFrom: Int32Array;
  edgeCode: Uint16Array;
  edgeTarget: Int32Array;
  hits: (TrieNode['hit'] | undefined)[];
}

/** The child of `node` by folded code `code`, or 0: halved while its edges are many, then read in turn. */
function childOf(edgeFrom: Int32Array, edgeCode: Uint16Array, edgeTarget: Int32Array, node: number, code: number): number {
  const last = edgeFrom[node + 1]!;
  let lo = edgeFrom[node]!;
  // The first edge whose code is not below `code` stays in [lo, hi].
  for (let hi = last; hi - lo > 8;) {
    const mid = (lo + hi) >> 1;
    if (edgeCode[mid]! < code) lo = mid + 1;
    else hi = mid;
  }
  for (let e = lo; e < last; e++) {
    const ec = edgeCode[e]!;
    if (ec >= code) return ec === code ? edgeTarget[e]! : 0;
  }
  return 0;
}

/** The trie's arrays, made `perStep` nodes at a time between pauses (see steps.ts). */
function* flattenSteps(root: TrieNode, perStep = Infinity): Steps<FlatTrie> {
  // Numbered breadth first: a node's number is its place in `nodes`, kept on the node while the arrays are made.
  const nodes: TrieNode[] = [root];
  root.number = 0;
  for (let n = 0; n < nodes.length; n++) {
    const node = nodes[n]!;
    // A node of one child (most of a trie of names) is read without an entry array made for it.
    if (node.next) {
      for (const child of node.next.values()) {
        child.number = nodes.length;
        nodes.push(child);
      }
    } else if (node.child) {
      node.child.number = nodes.length;
      nodes.push(node.child);
    }
    if ((n + 1) % perStep === 0) yield;
  }
  // As long as the highest first code needs (a note's own matcher of inferred names is made per note).
  let top = -1;
  for (const [code] of childrenOf(root)) top = Math.max(top, code);
  const rootNext = new Int32Array(top + 1);
  for (const [code, child] of childrenOf(root)) rootNext[code] = child.number!;
  const edgeFrom = new Int32Array(nodes.length + 1);
  const edgeCode = new Uint16Array(Math.max(0, nodes.length - 1));
  const edgeTarget = new Int32Array(Math.max(0, nodes.length - 1));
  const hits: (TrieNode['hit'] | undefined)[] = [undefined];
  let e = 0;
  // The root's children are read from rootNext: its edges are none here.
  for (let n = 1; n < nodes.length; n++) {
    const node = nodes[n]!;
    edgeFrom[n] = e;
    hits.push(node.hit);
    if (node.next) {
      for (const [code, child] of [...node.next].sort((a, b) => a[0] - b[0])) {
        edgeCode[e] = code;
        edgeTarget[e] = child.number!;
        e++;
      }
    } else if (node.child) {
      edgeCode[e] = node.code;
      edgeTarget[e] = node.child.number!;
      e++;
    }
    if (n % perStep === 0) yield;
  }
  edgeFrom[nodes.length] = e;
  return { rootNext, edgeFrom, edgeCode, edgeTarget, hits };
}
