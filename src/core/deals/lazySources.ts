/**
 * Deals whose sources are made when first read: a warm start shows thousands of deals from the persistent
 * cache's snapshot (linked.json), reported by hundreds of thousands of sentences, of which the views read a
 * handful (a deal's sources are the children of its row, read when it is expanded). Until then such a deal
 * knows only how many sources it has (sourceCount, what ordering needs).
 */
import type { Deal, DealSource } from '../types';

/** The source count of each deal whose sources are not made yet. */
const pending = new WeakMap<object, number>();

/**
 * `deal` given a `sources` field made by `make` (called once, on the first read) that holds `count`
 * sources. The field is an own enumerable property like any deal's: a copy (`{ ...deal }`), JSON or a
 * structured clone read it, and so make the sources.
 */
export function withLazySources(deal: Omit<Deal, 'sources'>, count: number, make: () => DealSource[]): Deal {
  const d = deal as Deal;
  const settle = (sources: DealSource[]) => {
    pending.delete(d);
    Object.defineProperty(d, 'sources', { value: sources, writable: true, enumerable: true, configurable: true });
    return sources;
  };
  pending.set(d, count);
  Object.defineProperty(d, 'sources', {
    enumerable: true,
    configurable: true,
    get: () => settle(make()),
    set: (sources: DealSource[]) => settle(sources),
  });
  return d;
}

/** How many sources a deal has, without making them. */
export function sourceCount(deal: Deal): number {
  return pending.get(deal) ?? deal.sources.length;
}
