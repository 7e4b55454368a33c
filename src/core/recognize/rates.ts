/**
 * A small, dated table of exchange rates to US dollars, used to show every amount in USD next to its
 * original currency. APPROXIMATIONS: typical end-of-2025 market levels rounded to a few digits (AED, SAR,
 * QAR and BGN are pegged), good enough to compare deal sizes, not for accounting. Update `RATES_AS_OF` with them.
 */

/** The date the rates below are from. */
export const RATES_AS_OF = '2025-12-31';

/** US dollars for one unit of each currency (approximate, as of `RATES_AS_OF`). */
export const USD_PER_UNIT: Readonly<Record<string, number>> = {
  USD: 1,
  EUR: 1.17,
  GBP: 1.34,
  CHF: 1.26,
  JPY: 0.0064,
  CNY: 0.143,
  CAD: 0.73,
  AUD: 0.67,
  KRW: 0.00069,
  INR: 0.0111,
  AED: 0.2723,
  SAR: 0.2667,
  SEK: 0.109,
  NOK: 0.099,
  DKK: 0.157,
  QAR: 0.2747,
  KWD: 3.26,
  EGP: 0.021,
  MYR: 0.24,
  ILS: 0.31,
  BGN: 0.598,
  TWD: 0.032,
  NZD: 0.57,
  BRL: 0.18,
};

/** The amount in US dollars, or undefined when the currency is not in the table. */
export function toUsd(amount: number, currency: string): number | undefined {
  const rate = USD_PER_UNIT[currency.toUpperCase()];
  if (rate === undefined || !Number.isFinite(amount)) return undefined;
  if (rate === 1) return amount;
  const usd = amount * rate;
  return Math.abs(usd) >= 1000 ? Math.round(usd) : Math.round(usd * 100) / 100;
}
