/**
 * Synthetic research notes for scale tests and the benchmark: deterministic (seeded), French and English,
 * each naming a few companies, chips and amounts, so the recogniser finds deals in many of them.
 */
import type { NoteDocument } from '../../src/core/types';

const COMPANIES = ['Nvidia', 'OpenAI', 'AMD', 'Microsoft', 'Google', 'Amazon', 'Meta', 'Oracle', 'CoreWeave', 'Mistral AI', 'Anthropic', 'Intel', 'TSMC', 'Broadcom', 'SoftBank', 'Samsung', 'xAI', 'Apple', 'Qualcomm', 'Arm'];
const CHIPS = ['H100', 'H200', 'B200', 'GB200', 'MI300X', 'MI450', 'Vera Rubin', 'Blackwell', 'Gaudi 3', 'TPU v5p'];
const FILLER_EN = [
  'Analysts expect the market for accelerators to keep growing through the decade.',
  'The report does not say when the first systems will be delivered.',
  'Energy and cooling remain the main constraints on new data centres.',
  'Shares rose in early trading after the announcement.',
  'Regulators have not commented on the agreement so far.',
];
const FILLER_FR = [
  'Les analystes s’attendent à une croissance continue du marché des accélérateurs.',
  'Le rapport ne précise pas la date de livraison des premiers systèmes.',
  'L’énergie et le refroidissement restent les principales contraintes des centres de données.',
  'Le titre a progressé en début de séance après l’annonce.',
];

/** A small seeded PRNG (mulberry32), so every run builds the same notes. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function syntheticNotes(count: number, { seed = 42, fillerLines = 12 } = {}): NoteDocument[] {
  const r = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const docs: NoteDocument[] = [];
  for (let i = 0; i < count; i++) {
    const a = pick(COMPANIES);
    let b = pick(COMPANIES);
    while (b === a) b = pick(COMPANIES);
    const chip = pick(CHIPS);
    const amount = 1 + Math.floor(r() * 99);
    const fr = r() < 0.4;
    const day = String(1 + (i % 28)).padStart(2, '0');
    const month = String(1 + (i % 12)).padStart(2, '0');
    const lines = fr
      ? [`# ${a} et ${b} : note ${i}`, '', `Date : 2025-${month}-${day}`, '',
        `${a} va investir ${amount} milliards de dollars dans ${b}, selon le communiqué.`,
        `L’accord porte sur des puces ${chip}.`]
      : [`# ${a} and ${b}: note ${i}`, '', `Date: 2025-${month}-${day}`, '',
        `${a} will invest $${amount} billion in ${b}, the companies said.`,
        `The agreement covers ${chip} chips.`];
    for (let k = 0; k < fillerLines; k++) lines.push(pick(fr ? FILLER_FR : FILLER_EN));
    docs.push({ uri: `file:///synthetic/note-${String(i).padStart(5, '0')}.md`, text: lines.join('\n') + '\n' });
  }
  return docs;
}
