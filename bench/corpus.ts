/**
 * A synthetic workspace for benchmarks: notes built from templates in French and English, naming
 * companies and chips from the built-in lexicon, with amounts, power and dates. Deterministic (seeded).
 */
import companies from '../src/core/lexicon/data/companies.json';
import chips from '../src/core/lexicon/data/chips.json';

const TEMPLATES = [
  '{A} a signé un accord avec {B} portant sur {N} milliards de dollars de puces {C}.',
  '{A} will invest up to ${N} billion in {B} to build {G} gigawatts of data centres.',
  'La start-up {X} a levé {N} millions d’euros auprès de {A}.',
  'Analysts compared {A} with {B} as the market for {C} accelerators grew {N} %.',
  '{A} and {B} announced a partnership on {C} systems on September {D}, 2025.',
  'Le groupe {A} investira {N},5 milliards d’euros dans {B} d’ici 2027.',
  'Shares of {A} rose {N}% after the earnings call; {B} fell.',
  'Selon la presse, {A} négocie avec {B} depuis le {D} mars 2026.',
];

export interface SyntheticNote {
  uri: string;
  text: string;
}

export function syntheticWorkspace(count: number, sentencesPerNote = 30, seed = 7): SyntheticNote[] {
  let s = seed;
  const rand = (n: number) => {
    s = (s * 1103515245 + 12345) % 2 ** 31;
    return s % n;
  };
  const names = (companies as { name: string; category?: string }[]).filter((c) => c.category !== 'media').map((c) => c.name);
  const chipNames = (chips as { name: string }[]).map((c) => c.name);
  const notes: SyntheticNote[] = [];
  for (let i = 0; i < count; i++) {
    const lines: string[] = [`# Note ${i}`, ''];
    for (let j = 0; j < sentencesPerNote; j++) {
      const t = TEMPLATES[rand(TEMPLATES.length)]!;
      lines.push(t
        .replace('{A}', names[rand(names.length)]!)
        .replace('{B}', names[rand(names.length)]!)
        .replace('{C}', chipNames[rand(chipNames.length)]!)
        .replace('{X}', `Nova${rand(500)}`)
        .replace('{N}', String(1 + rand(99)))
        .replace('{G}', String(1 + rand(9)))
        .replace('{D}', String(1 + rand(28))));
    }
    notes.push({ uri: `notes/${i}.md`, text: lines.join('\n') });
  }
  return notes;
}
