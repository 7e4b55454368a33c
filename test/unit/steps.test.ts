import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { runInSlices, runToEnd } from '../../src/core/steps';

const paragraph = [
  'La start-up Quantaflux a signé avec Mistral AI un contrat de 1,3 Md€.',
  'Nvidia will invest up to $100 billion in OpenAI to build 10 gigawatts of data centres.',
  'Les analystes comparent Nvidia et AMD sur le marché des GPU H100 et MI300X.',
].join(' ');

describe('steps: long notes in slices', () => {
  const core = createCore();
  const big = Array.from({ length: 400 }, (_, i) => `Paragraphe ${i}. ${paragraph}`).join('\n\n') + '\n\nQuantaflux grandit.';

  it('gives the same analysis and deals in steps as at once, and pauses on a long note', () => {
    const atOnce = new NoteIndex(core.recognizer);
    atOnce.upsert({ uri: 'big.md', text: big });
    const stepped = new NoteIndex(core.recognizer);
    const steps = stepped.upsertSteps({ uri: 'big.md', text: big });
    let pauses = 0;
    for (let r = steps.next(); !r.done; r = steps.next()) pauses++;
    assert.ok(pauses > 3, `a ${big.length}-character note should pause more than 3 times, paused ${pauses}`);
    assert.deepEqual(stepped.get('big.md')!.mentions, atOnce.get('big.md')!.mentions);
    assert.deepEqual(stepped.deals(), atOnce.deals());
    // The start-up named in the first paragraph is found in the last one, in another slice.
    const last = stepped.get('big.md')!.mentions.filter((m) => m.canonical === 'Quantaflux').pop()!;
    assert.ok(last.start > big.length - 30);
  });

  it('leaves the index unchanged until the last step', () => {
    const index = new NoteIndex(core.recognizer);
    const steps = index.upsertSteps({ uri: 'big.md', text: big });
    steps.next();
    assert.equal(index.get('big.md'), undefined);
    runToEnd(steps);
    assert.ok(index.get('big.md'));
  });

  it('pauses when the budget is spent', async () => {
    let clock = 0;
    function* work() {
      for (let i = 0; i < 10; i++) {
        clock += 7;
        yield;
      }
      return 'done';
    }
    let pauses = 0;
    const result = await runInSlices(work(), async () => { pauses++; }, 20, () => clock);
    assert.equal(result, 'done');
    assert.equal(pauses, 3);
  });
});
