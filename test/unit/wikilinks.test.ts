import { strict as assert } from 'node:assert';
import { backlinks, findWikilinks, linkKey, noteName, openWikilinkAt, resolveWikilink, wikilinkAt } from '../../src/core/links/wikilinks';

const NOTES = [
  { uri: 'file:///w/2025-09-nvidia-openai.md', title: 'Nvidia to invest up to $100 billion in OpenAI', text: 'See [[nvidia-openai-fr]] and [[Refroidissement]].' },
  { uri: 'file:///w/nvidia-openai-fr.txt', title: 'Nvidia et OpenAI', text: 'Voir [[2025-09-nvidia-openai|la dépêche]].' },
  { uri: 'file:///w/sub/r%C3%A9sum%C3%A9.md', title: 'Refroidissement', text: 'Nothing here. `[[not a link]]`' },
];

describe('wikilinks: finding', () => {
  it('finds [[name]], [[name|alias]] and [[name#heading]] with offsets', () => {
    const text = 'a [[ Note One ]] b [[two|Shown]] c [[three#Part 2]] [[]] [[x\ny]]';
    const links = findWikilinks(text);
    assert.deepEqual(links.map((l) => [l.target, l.alias, l.heading]), [['Note One', undefined, undefined], ['two', 'Shown', undefined], ['three', undefined, 'Part 2']]);
    assert.equal(text.slice(links[0]!.start, links[0]!.end), '[[ Note One ]]');
    assert.equal(text.slice(links[0]!.targetStart, links[0]!.targetEnd), 'Note One');
    assert.equal(text.slice(links[1]!.targetStart, links[1]!.targetEnd), 'two');
  });

  it('ignores links in code spans and fenced blocks', () => {
    assert.deepEqual(findWikilinks('`[[a]]` [[b]]\n```\n[[c]]\n```\n[[d]]').map((l) => l.target), ['b', 'd']);
  });

  it('knows the link under the cursor and the name being typed', () => {
    const text = 'x [[abc]] y [[de';
    assert.equal(wikilinkAt(text, 4)?.target, 'abc');
    assert.equal(wikilinkAt(text, 10), undefined);
    assert.deepEqual(openWikilinkAt(text, text.length), { typed: 'de', start: 14 });
    assert.equal(openWikilinkAt('[[a]] b', 7), undefined);
    assert.equal(openWikilinkAt('[[a|b', 5), undefined);
  });
});

describe('wikilinks: resolving', () => {
  it('by file name without extension, ignoring case, accents and separators', () => {
    assert.equal(noteName('file:///w/sub/r%C3%A9sum%C3%A9.md'), 'résumé');
    assert.deepEqual(resolveWikilink('NVIDIA OpenAI FR', NOTES).map((n) => n.uri), ['file:///w/nvidia-openai-fr.txt']);
    assert.deepEqual(resolveWikilink('resume', NOTES).map((n) => n.uri), [NOTES[2]!.uri]);
    assert.deepEqual(resolveWikilink('nvidia-openai-fr.txt', NOTES).map((n) => n.uri), ['file:///w/nvidia-openai-fr.txt']);
    assert.equal(linkKey('Résumé_Final'), 'resume final');
  });

  it('by title when no file has the name, by path when given one, and not at all when dangling', () => {
    assert.deepEqual(resolveWikilink('refroidissement', NOTES).map((n) => n.uri), [NOTES[2]!.uri]);
    assert.deepEqual(resolveWikilink('sub/résumé', NOTES).map((n) => n.uri), [NOTES[2]!.uri]);
    assert.deepEqual(resolveWikilink('nowhere', NOTES), []);
  });

  it('lists backlinks', () => {
    assert.deepEqual(backlinks(NOTES[0]!.uri, NOTES).map((b) => [b.uri, b.link.alias]), [[NOTES[1]!.uri, 'la dépêche']]);
    assert.deepEqual(backlinks(NOTES[2]!.uri, NOTES).map((b) => b.uri), [NOTES[0]!.uri]);
    assert.deepEqual(backlinks(NOTES[1]!.uri, NOTES).map((b) => b.link.target), ['nvidia-openai-fr']);
  });
});
