/**
 * All quantities of a text (money, power, percentages, dates), sorted by start, without overlaps:
 * money wins over anything inside it, then power, percentages and dates; among equals, the longer one.
 */
import type { Mention, MentionKind } from '../types';
import { findDates } from './dates';
import { findMoney } from './money';
import type { NumberEvidence } from './numberFormat';
import { findPercent } from './percent';
import { findPower } from './power';

const PRIORITY: Partial<Record<MentionKind, number>> = { money: 0, power: 1, percent: 2, date: 3 };

/**
 * Money, power, percent and date mentions, sorted by start; no two returned mentions overlap. `evidence` is
 * how the whole note writes its numbers, when `text` is a slice of it (default: this text's own).
 */
export function findQuantities(text: string, evidence?: NumberEvidence): Mention[] {
  const all = [...findMoney(text, evidence), ...findPower(text), ...findPercent(text), ...findDates(text)];
  all.sort((a, b) => (PRIORITY[a.kind] ?? 9) - (PRIORITY[b.kind] ?? 9) || (b.end - b.start) - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(text.length);
  const kept: Mention[] = [];
  for (const m of all) {
    if (m.start < 0 || m.end > text.length || m.start >= m.end) continue;
    let free = true;
    for (let i = m.start; i < m.end && free; i++) if (taken[i] === 1) free = false;
    if (!free) continue;
    taken.fill(1, m.start, m.end);
    kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}
