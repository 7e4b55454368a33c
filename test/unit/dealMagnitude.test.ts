// A deal's size for the Deals view: its value, or the order of magnitude of a vague amount in its sentence.
import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { dealMagnitude, orderOfMagnitude, vagueLowerBound } from '../../src/core/report/dealMagnitude';
import { orderDeals } from '../../src/core/report/dealGrouping';
import { dealLabel } from '../../src/core/report/format';

describe('deal magnitude', () => {
  const core = createCore();
  const index = new NoteIndex(core.recognizer);
  index.upsert({ uri: 'a.md', text: 'Microsoft va investir des dizaines de milliards de dollars dans Anthropic, selon la presse.\n' });
  index.upsert({ uri: 'b.md', text: 'Amazon invests $8 billion in Anthropic.\n' });
  index.upsert({ uri: 'c.md', text: 'Etchwell will invest $40 billion in Lumora AI, the startup said.\n' });
  index.upsert({ uri: 'd.md', text: 'Google will invest tens of billions of dollars in Mistral AI.\n' });
  index.upsert({ uri: 'e.md', text: 'Google investit des dizaines de milliards de dollars dans Mistral AI.\n' });
  index.upsert({ uri: 'f.md', text: 'Oracle and Cohere announced a partnership.\n' });
  const deal = (id: string) => index.deals().find((d) => d.id === id)!;

  it('reads the lower bound of a vague amount', () => {
    assert.equal(vagueLowerBound('$10B+'), 10e9);
    assert.equal(vagueLowerBound('€2B+'), 2e9);
    assert.equal(vagueLowerBound('$100B'), undefined, 'not vague');
    assert.equal(orderOfMagnitude(10e9), 10);
    assert.equal(orderOfMagnitude(99e9), 10);
    assert.equal(orderOfMagnitude(8e9), 9);
  });

  it('is the value when the deal has one, else the vague amount of its sentence, else nothing', () => {
    assert.deepEqual(dealMagnitude(deal('amazon+anthropic'), index), { usd: 8e9, vague: false });
    assert.deepEqual(dealMagnitude(deal('anthropic+microsoft'), index), { usd: 10e9, vague: true, text: '$10B+' });
    assert.equal(dealMagnitude(deal('cohere+oracle'), index), undefined);
    assert.equal(deal('anthropic+microsoft').value, undefined, 'a vague amount is still not a value');
  });

  it('orders vague deals by their order of magnitude, most sources first within it, unstated ones last', () => {
    const ordered = orderDeals(index.deals(), 'value', (d) => dealMagnitude(d, index)).map((d) => d.id);
    // $10B+ with two sources, then $40B and $10B+ with one source each (larger first), then $8B, then no amount.
    assert.deepEqual(ordered, ['google+mistral-ai', 'etchwell+lumora-ai', 'anthropic+microsoft', 'amazon+anthropic', 'cohere+oracle']);
    // Without magnitudes, vague deals sink with the unstated ones.
    assert.deepEqual(orderDeals(index.deals(), 'value').map((d) => d.id).slice(0, 2), ['etchwell+lumora-ai', 'amazon+anthropic']);
  });

  it('shows the vague amount in the label of a deal that has no value', () => {
    assert.equal(dealLabel(deal('anthropic+microsoft'), '$10B+'), 'Anthropic – Microsoft · $10B+');
    assert.equal(dealLabel(deal('amazon+anthropic'), '$10B+'), 'Amazon – Anthropic · $8B');
  });
});
