/**
 * Where a Markdown note holds code (fenced blocks, indented blocks, inline code spans) or front matter:
 * the Markdown grammar injection stays out of these, and so do the semantic tokens that complete it.
 * A line-based approximation of CommonMark, linear in the text.
 */

export interface Range {
  start: number;
  end: number;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const INDENTED = /^(?: {4}|\t)/;
const LIST_OR_QUOTE = /^ {0,3}(?:[-*+]|\d{1,9}[.)]|>)(?:[ \t]|$)/;

/** Code and front-matter ranges of a Markdown text, in order, as UTF-16 offsets. */
export function markdownCodeRanges(text: string): Range[] {
  const out: Range[] = [];
  const lines: { start: number; end: number; text: string }[] = [];
  for (let start = 0; start <= text.length;) {
    const nl = text.indexOf('\n', start);
    const end = nl < 0 ? text.length : nl;
    lines.push({ start, end, text: text.slice(start, end).replace(/\r$/, '') });
    if (nl < 0) break;
    start = nl + 1;
  }

  let i = 0;
  if (lines[0]?.text === '---') {
    const close = lines.findIndex((l, k) => k > 0 && (l.text === '---' || l.text === '...'));
    if (close > 0) {
      out.push({ start: 0, end: lines[close]!.end });
      i = close + 1;
    }
  }

  let previousBlank = true;
  let inList = false;
  for (; i < lines.length; i++) {
    const line = lines[i]!;
    const fence = FENCE.exec(line.text);
    if (fence) {
      const marker = fence[1]!;
      let j = i + 1;
      const closing = new RegExp(`^ {0,3}${marker[0] === '`' ? '`' : '~'}{${marker.length},}\\s*$`);
      while (j < lines.length && !closing.test(lines[j]!.text)) j++;
      const last = lines[Math.min(j, lines.length - 1)]!;
      out.push({ start: line.start, end: last.end });
      i = j;
      previousBlank = false;
      continue;
    }
    const blank = line.text.trim() === '';
    if (!blank && LIST_OR_QUOTE.test(line.text)) inList = true;
    else if (!blank && !INDENTED.test(line.text)) inList = false;
    if (!blank && INDENTED.test(line.text) && previousBlank && !inList) {
      let j = i;
      while (j + 1 < lines.length && (INDENTED.test(lines[j + 1]!.text) || lines[j + 1]!.text.trim() === '')) j++;
      while (j > i && lines[j]!.text.trim() === '') j--;
      out.push({ start: line.start, end: lines[j]!.end });
      i = j;
      previousBlank = false;
      continue;
    }
    if (!blank) inlineCode(line.text, line.start, out);
    previousBlank = blank;
  }
  return out;
}

/** Inline code spans of one line: a run of backticks up to the next run of the same length. */
function inlineCode(line: string, offset: number, out: Range[]): void {
  const re = /`+/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    const ticks = m[0];
    let close = line.indexOf(ticks, m.index + ticks.length);
    // The closing run must be exactly as long: skip longer runs.
    while (close >= 0 && line[close + ticks.length] === '`') {
      let k = close;
      while (line[k] === '`') k++;
      close = line.indexOf(ticks, k);
    }
    if (close < 0) continue;
    out.push({ start: offset + m.index, end: offset + close + ticks.length });
    re.lastIndex = close + ticks.length;
  }
}

/** True when [start, end) overlaps one of the (sorted) ranges. */
export function overlapsAny(ranges: readonly Range[], start: number, end: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const r = ranges[mid]!;
    if (r.end <= start) lo = mid + 1;
    else if (r.start >= end) hi = mid - 1;
    else return true;
  }
  return false;
}
