/**
 * Dates in French and English, as an ISO-8601 prefix as precise as the text: "22 septembre 2025" →
 * 2025-09-22, "septembre 2025" → 2025-09, "second semestre 2026" → canonical 2026-H2 (date 2026-07),
 * "T3 2025" → 2025-Q3 (date 2025-07), "fin 2026" → 2026, "en 2024" → 2024. A day without a year is skipped.
 */
import type { Mention } from '../types';
import { repeated } from '../text/regexLoop';

const SP = '[ \\u00a0\\u202f\\u2009]';
const WS = repeated('\\s', 1, 3);
const B = '(?<![\\p{L}\\p{N}])';
const E = '(?![\\p{L}\\p{N}])';
const YEAR = '(?<year>(?:19|20)\\d{2})(?![\\p{N}]|[.,]\\d)';
const OF = `(?:${WS}(?:de${WS}|d['’]|of${WS}|in${WS})(?:l['’]ann[ée]e${WS}|the${WS}year${WS})?|${WS})`;

const MONTH_FORMS: ReadonlyArray<readonly [number, string]> = [
  [1, 'janvier|janv\\.?|january|jan\\.?'],
  [2, 'f[ée]vrier|f[ée]vr?\\.?|february|feb\\.?'],
  [3, 'mars|march|mar\\.?'],
  [4, 'avril|avr\\.?|april|apr\\.?'],
  [5, 'mai|may'],
  [6, 'juin|june|jun\\.?'],
  [7, 'juillet|juil\\.?|july|jul\\.?'],
  [8, 'ao[uû]t|august|aug\\.?'],
  [9, 'septembre|september|sept\\.?|sep\\.?'],
  [10, 'octobre|october|oct\\.?'],
  [11, 'novembre|november|nov\\.?'],
  [12, 'd[ée]cembre|december|d[ée]c\\.?'],
];
const MONTH = `(?<month>${MONTH_FORMS.map(([, f]) => f).join('|')})(?:(?<=\\.)|${E})`;
const MONTH_RES = MONTH_FORMS.map(([n, f]) => [n, new RegExp(`^(?:${f})$`, 'iu')] as const);

function monthNumber(word: string): number | undefined {
  return MONTH_RES.find(([, re]) => re.test(word))?.[0];
}

const pad = (n: number): string => String(n).padStart(2, '0');

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

interface Found { start: number; end: number; canonical: string; date: string }

type Builder = (g: Record<string, string | undefined>, text: string) => Omit<Found, 'start' | 'end'> | undefined;

function dayDate(year: number, month: number, day: number): Omit<Found, 'start' | 'end'> | undefined {
  if (month < 1 || month > 12 || day < 1 || day > daysIn(year, month)) return undefined;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  return { canonical: iso, date: iso };
}

function monthDate(year: number, month: number | undefined): Omit<Found, 'start' | 'end'> | undefined {
  if (month === undefined || month < 1 || month > 12) return undefined;
  const iso = `${year}-${pad(month)}`;
  return { canonical: iso, date: iso };
}

function ordinal(word: string | undefined): number | undefined {
  const w = (word ?? '').toLowerCase();
  if (/^(?:premi[eè]re?|1(?:er|re|ère|st)?|first)$/.test(w)) return 1;
  if (/^(?:second|seconde|deuxi[eè]me|2(?:e|ème|eme|nd)?)$/.test(w)) return 2;
  if (/^(?:troisi[eè]me|3(?:e|ème|eme|rd)?|third)$/.test(w)) return 3;
  if (/^(?:quatri[eè]me|4(?:e|ème|eme|th)?|fourth|dernier|last|final)$/.test(w)) return 4;
  return undefined;
}

function halfOrQuarter(year: number, kind: 'H' | 'Q', n: number | undefined): Omit<Found, 'start' | 'end'> | undefined {
  if (n === undefined || n < 1 || (kind === 'H' ? n > 2 : n > 4)) return undefined;
  const month = kind === 'H' ? (n - 1) * 6 + 1 : (n - 1) * 3 + 1;
  return { canonical: `${year}-${kind}${n}`, date: `${year}-${pad(month)}` };
}

const ORD_HALF = 'premi[eè]re?|1(?:er|re|ère)|second|seconde|deuxi[eè]me|2(?:e|ème|eme|nd)|first|1st';
const ORD_QUARTER = `${ORD_HALF}|troisi[eè]me|3(?:e|ème|eme|rd)|third|quatri[eè]me|4(?:e|ème|eme|th)|fourth|dernier|last|final`;

/** Patterns in priority order: an earlier pattern wins over a later overlapping one. */
const PATTERNS: ReadonlyArray<readonly [RegExp, Builder]> = [
  // 2026-02-20
  [new RegExp(`(?<![\\p{N}\\-/.])(?<year>\\d{4})-(?<mm>\\d{2})-(?<dd>\\d{2})(?![\\p{N}]|-\\d)`, 'gu'),
    (g) => dayDate(Number(g.year), Number(g.mm), Number(g.dd))],
  // 22 septembre 2025, 1er janvier 2026, 22 September 2025, 22nd of September 2025
  [new RegExp(`${B}(?<day>1er|premier|\\d{1,2})(?:st|nd|rd|th)?(?:${WS}of)?${WS}${MONTH}${SP}{0,2},?${WS}${YEAR}`, 'giu'),
    (g) => dayDate(Number(g.year), monthNumber(g.month ?? '') ?? 0, /^\d+$/.test(g.day ?? '') ? Number(g.day) : 1)],
  // September 22, 2025; Sept. 22, 2025
  [new RegExp(`${B}${MONTH}${WS}(?<day>\\d{1,2})(?:st|nd|rd|th)?${E},?${WS}${YEAR}`, 'giu'),
    (g) => dayDate(Number(g.year), monthNumber(g.month ?? '') ?? 0, Number(g.day))],
  // 20/02/2026, 20.02.2026 (day first unless the second number cannot be a month)
  [new RegExp(`(?<![\\p{N}/.,])(?<a>\\d{1,2})(?<sep>[/.])(?<b>\\d{1,2})\\k<sep>${YEAR}(?![/])`, 'gu'),
    (g) => {
      const a = Number(g.a);
      const b = Number(g.b);
      return b > 12 && a <= 12 ? dayDate(Number(g.year), a, b) : dayDate(Number(g.year), b, a);
    }],
  // second semestre 2026, seconde moitié de 2026, second half of 2026
  [new RegExp(`${B}(?<ord>${ORD_HALF})${WS}(?:semestre|moiti[ée]|half)${OF}${YEAR}`, 'giu'),
    (g) => halfOrQuarter(Number(g.year), 'H', ordinal(g.ord))],
  // H2 2026, S2 2026, 2026 H2
  [new RegExp(`${B}(?:[HS](?<n>[12])${SP}{0,2}[-']?${SP}{0,2}${YEAR}|(?<year2>(?:19|20)\\d{2})${SP}{0,2}-?${SP}{0,2}H(?<n2>[12]))${E}`, 'gu'),
    (g) => halfOrQuarter(Number(g.year ?? g.year2), 'H', Number(g.n ?? g.n2))],
  // troisième trimestre 2025, third quarter of 2025
  [new RegExp(`${B}(?<ord>${ORD_QUARTER})${WS}(?:trimestre|quarter)${OF}${YEAR}`, 'giu'),
    (g) => halfOrQuarter(Number(g.year), 'Q', ordinal(g.ord))],
  // T3 2025, Q3 2025, 2025 Q3
  [new RegExp(`${B}(?:[TQ](?<n>[1-4])${SP}{0,2}[-']?${SP}{0,2}${YEAR}|(?<year2>(?:19|20)\\d{2})${SP}{0,2}-?${SP}{0,2}Q(?<n2>[1-4]))${E}`, 'gu'),
    (g) => halfOrQuarter(Number(g.year ?? g.year2), 'Q', Number(g.n ?? g.n2))],
  // fin 2026, début 2026, mi-2026, end of 2026, early 2026, late 2026
  [new RegExp(`${B}(?:fin|d[ée]but|courant|mi|(?:end|beginning|start|middle)${WS}of|early|late|mid)(?:${WS}|${SP}?-${SP}?)(?:d['’]ann[ée]e${WS})?${YEAR}`, 'giu'),
    (g) => ({ canonical: g.year ?? '', date: g.year ?? '' })],
  // septembre 2025, September 2025, sept. 2025
  [new RegExp(`${B}${MONTH}${OF}${YEAR}`, 'giu'),
    (g, t) => (/^may$/i.test(g.month ?? '') && !t.startsWith('May') ? undefined : monthDate(Number(g.year), monthNumber(g.month ?? '')))],
  // 2026-02
  [new RegExp(`(?<![\\p{N}\\-/.])(?<year>(?:19|20)\\d{2})-(?<mm>0[1-9]|1[0-2])(?![\\p{N}]|-\\d)`, 'gu'),
    (g) => monthDate(Number(g.year), Number(g.mm))],
  // en 2024, in 2024, d'ici 2030, by 2030 (the mention is the year alone)
  [new RegExp(`(?<=${B}(?:en|in|d['’]ici(?:${WS}(?:à|a))?|by|depuis|since|jusqu['’]en|dès|until)${WS})${YEAR}(?!${SP}?%)`, 'giu'),
    (g) => ({ canonical: g.year ?? '', date: g.year ?? '' })],
];

/** Every date in the text, in order, without overlaps. */
export function findDates(text: string): Mention[] {
  const found: Found[] = [];
  const taken = new Uint8Array(text.length);
  const overlaps = (s: number, e: number): boolean => {
    for (let i = s; i < e; i++) if (taken[i] === 1) return true;
    return false;
  };
  for (const [re, build] of PATTERNS) {
    re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = re.exec(text)) !== null) {
      if (m[0].length === 0) { re.lastIndex++; continue; }
      const start = m.index;
      const end = start + m[0].length;
      if (overlaps(start, end)) continue;
      const built = build(m.groups ?? {}, m[0]);
      if (built) {
        found.push({ start, end, ...built });
        taken.fill(1, start, end);
      }
    }
  }
  found.sort((a, b) => a.start - b.start);
  return found.map((f) => ({ kind: 'date', text: text.slice(f.start, f.end), canonical: f.canonical, start: f.start, end: f.end, date: f.date }));
}
