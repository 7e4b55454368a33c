// A deal whose value comes from an amount whose number format stays in doubt ("1,250 euros" in a French
// note that says nothing else of its numbers) carries the doubt: in the deal, the scan JSON, the hover
// content and the formatted alternative; a report of the same value whose format is settled lifts it.
import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { toHoverDeal } from '../../src/core/hover/hoverContent';
import { toScanJson } from '../../src/core/report/scanJson';
import { formatDealAlternative } from '../../src/core/report/format';
import type { Deal } from '../../src/core/types';

const core = createCore();
const FRENCH_IN_DOUBT = '# Contrat\n\nAleph Alpha a signé avec Cerebras un contrat de 1,250 euros.\n';
const ENGLISH_SETTLED = 'Cerebras signed a contract with Aleph Alpha worth 1,250 euros.\n';
const FRENCH_SETTLED = 'Nvidia va investir jusqu’à 100 milliards de dollars dans OpenAI.\n';

function scan(...texts: string[]) {
  const notes = texts.map((text, i) => ({ uri: `note-${i}.md`, text }));
  const result = core.scan(notes);
  return { deals: result.deals, json: toScanJson(result.notes, result.deals) };
}

const alephCerebras = (deals: readonly Deal[]) => deals.find((d) => d.parties.join('+') === 'Aleph Alpha+Cerebras');

describe('deal values: an amount whose number format stays in doubt', () => {
  it('the deal carries the flag and the other reading', () => {
    const d = alephCerebras(scan(FRENCH_IN_DOUBT).deals);
    assert.ok(d?.value, 'the deal and its value');
    assert.equal(d.value.amount, 1250);
    assert.equal(d.value.ambiguous, true);
    assert.deepEqual(d.value.alternative, { amount: 1.25 });
    assert.equal(formatDealAlternative(d.value), '€1.25');
  });

  it('the scan JSON deal says so; a settled value says nothing', () => {
    const { json } = scan(FRENCH_IN_DOUBT, FRENCH_SETTLED);
    const doubtful = json.deals.find((d) => d.parties.includes('Cerebras'));
    assert.deepEqual(doubtful?.value, { amount: 1250, currency: 'EUR', text: '1,250 euros', ambiguous: true, alternative: { amount: 1.25 } });
    const settled = json.deals.find((d) => d.parties.includes('OpenAI'));
    assert.ok(settled?.value);
    assert.equal(settled.value.ambiguous, undefined);
    assert.equal(settled.value.alternative, undefined);
    assert.equal(formatDealAlternative(scan(FRENCH_SETTLED).deals[0]?.value), undefined);
  });

  it('the hover content of the deal has the other reading', () => {
    const d = alephCerebras(scan(FRENCH_IN_DOUBT).deals)!;
    assert.equal(toHoverDeal(d).ambiguousAlternative, '€1.25');
    const settled = scan(FRENCH_SETTLED).deals[0]!;
    assert.equal(toHoverDeal(settled).ambiguousAlternative, undefined);
  });

  it('a second note that writes the same value with a settled format lifts the doubt', () => {
    const d = alephCerebras(scan(FRENCH_IN_DOUBT, ENGLISH_SETTLED).deals);
    assert.equal(d?.sources.length, 2, 'one deal reported by both notes');
    assert.equal(d.value?.amount, 1250);
    assert.equal(d.value?.ambiguous, undefined);
  });
});
