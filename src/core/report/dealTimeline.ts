/**
 * The Timeline's data: one point per deal at its date, its height the amount (on a log scale, so $100M and
 * $100B both read). Deals without a date or an amount cannot be placed: they are counted, not dropped silently.
 */
import type { GraphDeal } from './dealGraph';

export interface TimelinePoint {
  deal: GraphDeal;
  /** Milliseconds since the epoch (UTC) of the deal's date; a month or a year is placed at its middle. */
  time: number;
  usd: number;
}

export interface Timeline {
  points: TimelinePoint[];
  /** Deals left out: no date, or no amount at all. */
  undated: number;
  unvalued: number;
}

/** "2025-09-22", "2025-09" (the 15th) or "2025" (1 July) as UTC milliseconds; undefined for anything else. */
export function dateToTime(date: string): number | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?/.exec(date);
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) - 1 : 6;
  const day = m[3] ? Number(m[3]) : m[2] ? 15 : 1;
  const t = Date.UTC(year, month, day);
  return Number.isFinite(t) ? t : undefined;
}

export function buildTimeline(deals: readonly GraphDeal[]): Timeline {
  const points: TimelinePoint[] = [];
  let undated = 0;
  let unvalued = 0;
  for (const deal of deals) {
    const time = deal.date ? dateToTime(deal.date) : undefined;
    if (time === undefined) undated++;
    else if (deal.usd === undefined || deal.usd <= 0) unvalued++;
    else points.push({ deal, time, usd: deal.usd });
  }
  points.sort((a, b) => a.time - b.time || b.usd - a.usd);
  return { points, undated, unvalued };
}
