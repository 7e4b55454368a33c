// The generated grammars, tokenised by VS Code's own engine (vscode-textmate + vscode-oniguruma): golden
// snapshots of the fixtures, and the behaviours that matter stated one by one.
import { strict as assert } from 'node:assert';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { renderSnapshot } from './snapshot';
import { repoRoot, spans, tokenize, type Language, type Span } from './tokenize';

const fixtures = path.join(repoRoot, 'test', 'grammar', 'fixtures');
const languageOf = (file: string): Language => (file.endsWith('.md') ? 'markdown' : 'research-note');
const texts = (list: Span[], kind?: Span['kind']) => list.filter((s) => !kind || s.kind === kind).map((s) => s.text);

describe('grammars: golden snapshots of the fixtures', () => {
  for (const file of fs.readdirSync(fixtures).filter((f) => !f.endsWith('.snap')).sort()) {
    it(file, async () => {
      const text = fs.readFileSync(path.join(fixtures, file), 'utf8');
      const actual = await renderSnapshot(text, languageOf(file));
      const snap = path.join(fixtures, `${file}.snap`);
      if (process.env.UPDATE_SNAPSHOTS || !fs.existsSync(snap)) fs.writeFileSync(snap, actual);
      assert.equal(actual, fs.readFileSync(snap, 'utf8'), `${file}: tokens changed (UPDATE_SNAPSHOTS=1 npm run test:grammar to accept)`);
    });
  }
});

describe('grammars: names', () => {
  for (const language of ['markdown', 'research-note'] as const) {
    describe(language, () => {
      it('colours companies and chips with standard scopes and a .dealnotes suffix', async () => {
        const tokens = await tokenize('Nvidia will sell Vera Rubin systems to OpenAI.', language);
        const scopeOf = (text: string) => tokens.find((t) => t.text === text)?.scopes.at(-1);
        assert.equal(scopeOf('Nvidia'), 'entity.name.type.company.dealnotes');
        assert.equal(scopeOf('OpenAI'), 'entity.name.type.company.dealnotes');
        assert.equal(scopeOf('Vera Rubin'), 'entity.name.function.chip.dealnotes');
      });
      it('takes names after French elision, in capitals, and chip plurals', async () => {
        const found = await spans('l’accord d’OpenAI, d\'NVIDIA, les TPUs et les H100s de META', language);
        assert.deepEqual(texts(found), ['OpenAI', 'NVIDIA', 'TPUs', 'H100s', 'META']);
      });
      it('never colours a name inside a word or in the wrong case', async () => {
        assert.deepEqual(texts(await spans('les métaux, Metadata, armoires, nvidia, openai, amdahl', language)), []);
      });
      it('prefers the longest name: "Mistral AI", "Amazon Web Services", "Vera Rubin"', async () => {
        assert.deepEqual(texts(await spans('Mistral AI, Amazon Web Services, Vera Rubin NVL144', language)).slice(0, 2), ['Mistral AI', 'Amazon Web Services']);
      });
      it('folds no-break spaces and typographic hyphens inside names', async () => {
        assert.deepEqual(texts(await spans('Mistral\u00a0AI et WSE\u20113', language)), ['Mistral\u00a0AI', 'WSE\u20113']);
      });
      it('leaves ambiguous aliases to semantic tokens ("Grace", "Arm", "Instinct" alone)', async () => {
        assert.deepEqual(texts(await spans('Grace, Arm, Instinct and Rubin', language)), []);
      });
    });
  }
});

describe('grammars: quantities', () => {
  const cases: [string, Span['kind'], string][] = [
    ['invest up to $100 billion in', 'money', '$100 billion'],
    ['jusqu’à 100 milliards de dollars dans', 'money', '100 milliards de dollars'],
    ['un contrat de 1,3 Md€ sur cinq ans', 'money', '1,3 Md€'],
    ['pour 2 500 M$ de systèmes', 'money', '2 500 M$'],
    ['Nscale raised $1.1bn in a Series B', 'money', '$1.1bn'],
    ['entre 30 et 50 milliards d\'euros', 'money', '30 et 50 milliards d\'euros'],
    ['Reliance a promis ₹10,000 crore pour', 'money', '₹10,000 crore'],
    ['a plan of Rs 5 lakh crore over', 'money', 'Rs 5 lakh crore'],
    ['he paid 5 lakh rupees for', 'money', '5 lakh rupees'],
    ['a tea at Rs. 20 here', 'money', 'Rs. 20'],
    ['le serveur coûte 10.000 € hors taxes', 'money', '10.000 €'],
    ['at least 10 gigawatts of systems', 'power', '10 gigawatts'],
    ['1,4 GW de puces', 'power', '1,4 GW'],
    ['le premier gigawatt', 'power', 'premier gigawatt'],
    ['roughly 10% of the company', 'percent', '10%'],
    ['soit environ 10 % du capital', 'percent', '10 %'],
    ['Lu le 23 septembre 2025', 'date', '23 septembre 2025'],
    ['Clipped on October 6, 2025', 'date', 'October 6, 2025'],
    ['au second semestre 2026', 'date', 'second semestre 2026'],
    ['in the second half of 2026', 'date', 'second half of 2026'],
    ['date: 2025-09-22', 'date', '2025-09-22'],
    ['d\'ici 2030, selon', 'date', '2030'],
  ];
  for (const [text, kind, expected] of cases) {
    it(`${kind}: "${expected}"`, async () => {
      for (const language of ['markdown', 'research-note'] as const) {
        assert.deepEqual(texts(await spans(text, language), kind), [expected], `${language}: ${text}`);
      }
    });
  }
  it('takes no energy for power (GWh, gigawatt-heures) and no bare counts for money', async () => {
    for (const language of ['markdown', 'research-note'] as const) {
      const found = await spans('5 gigawatt-heures, 300 GWh, 700 millions d\'utilisateurs, des millions de GPU', language);
      assert.deepEqual(texts(found), [], language);
    }
  });
});

describe('grammars: Markdown injection stays out of code', () => {
  it('colours prose, headings, bold and link text but not inline code, code blocks or link targets', async () => {
    const text = [
      '# Nvidia and `AMD`',
      '**OpenAI** pays $5bn, see [Oracle](https://example.com/Nvidia/10-GW).',
      '```',
      'Nvidia $5bn 10 GW 2025-09-22',
      '```',
      '~~~python',
      'print("Nvidia")',
      '~~~',
      '    Nvidia indented',
      '',
      'After the code: Intel.',
    ].join('\n');
    const found = await spans(text, 'markdown');
    assert.deepEqual(found.map((s) => `${s.kind}:${s.text}`), ['company:Nvidia', 'company:OpenAI', 'money:$5bn', 'company:Oracle', 'company:Intel']);
  });
  it('colours nothing when the note has no name or amount', async () => {
    assert.deepEqual(await spans('Just a sentence, with nothing to see.\n', 'markdown'), []);
  });
});
