// Shapes of deal sentences that real outlets write and the first rules missed: funding rounds listing their
// investors, lists joined by "ou"/"or", and more. Every sentence here is our own, written for the test.
import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import type { Deal } from '../../src/core/types';

const core = createCore();
const dealsIn = (...texts: string[]): Deal[] => core.scan(texts.map((text, i) => ({ uri: `note-${i}.md`, text }))).deals;
const pairs = (deals: Deal[]) => deals.map((d) => d.parties.join(' + ')).sort();

describe('deals: funding rounds and their investors', () => {
  it('a list of investors after a colon: one investment each, in the company raising the money', () => {
    const deals = dealsIn('Mistral AI boucle une levée de 600 millions d’euros. Mistral AI prépare déjà la suite. '
      + 'Le reste est apporté par des investisseurs historiques : Lightspeed, General Catalyst et Bpifrance.');
    assert.deepEqual(pairs(deals), ['Bpifrance + Mistral AI', 'General Catalyst + Mistral AI', 'Lightspeed + Mistral AI']);
    assert.ok(deals.every((d) => d.kind === 'investment'));
  });
  it('"led by" and "with participation from" name investors of the company a pronoun stands for', () => {
    const deals = dealsIn('Founded in 2023, Mistral AI sells models to banks. It raised €600 million last year, led by General Catalyst, with participation from Lightspeed and Bpifrance.');
    assert.deepEqual(pairs(deals), ['Bpifrance + Mistral AI', 'General Catalyst + Mistral AI', 'Lightspeed + Mistral AI']);
  });
  it('an example list after "such as" that names no investors is still no deal', () => {
    assert.deepEqual(dealsIn('Mistral AI competes with labs such as OpenAI and Anthropic.'), []);
  });
});

describe('deals: lists', () => {
  it('a list joined by "ou" / "or" is one group of objects', () => {
    assert.deepEqual(pairs(dealsIn('Nvidia a pris des participations dans Intel, Nscale ou Enfabrica.')),
      ['Enfabrica + Nvidia', 'Intel + Nvidia', 'Nscale + Nvidia']);
  });
});
