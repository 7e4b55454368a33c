import { strict as assert } from 'node:assert';
import { createCore } from '../../src/core/createCore';
import { NoteIndex } from '../../src/core/index/noteIndex';
import { SlicedUpdater, type SliceClock } from '../../src/core/index/slicedUpdater';
import { readAhead, scanWorkspace, type ScanPorts } from '../../src/core/index/workspaceScan';
import type { Stamp } from '../../src/core/index/noteCache';

/** An in-memory folder of notes: files with a modification time, and counters of what was read. */
function folder(files: Record<string, string>) {
  const disk = new Map(Object.entries(files).map(([uri, text]) => [uri, { text, mtime: 1 }]));
  const counts = { stats: 0, reads: 0 };
  const ports: ScanPorts = {
    stat: async (uri) => {
      counts.stats++;
      const f = disk.get(uri);
      return f && { mtime: f.mtime, size: f.text.length };
    },
    read: async (uri) => {
      counts.reads++;
      const f = disk.get(uri);
      return f && { doc: { uri, text: f.text }, stamp: { mtime: f.mtime, size: f.text.length } };
    },
  };
  return { disk, counts, ports, uris: () => [...disk.keys()] };
}

const clock: SliceClock = { now: () => performance.now(), pause: () => new Promise((r) => setImmediate(r)) };

describe('workspace scan', () => {
  const core = createCore();

  it('drops a read that a deletion overtook while it was in flight: no ghost note, no stamp', async () => {
    const f = folder({ 'a.md': 'Nvidia will invest up to $100 billion in OpenAI.', 'b.md': 'AMD and OpenAI announced a partnership.' });
    const index = new NoteIndex(core.recognizer);
    const updater = new SlicedUpdater(index, 25, clock);
    const stamps = new Map<string, Stamp>();
    // The host's way (workspaceNotes.ts): a deletion of b.md arrives while its read is in flight.
    let deleted = false;
    const ports: ScanPorts = {
      ...f.ports,
      read: async (uri) => {
        const read = await f.ports.read(uri);
        if (uri === 'b.md') {
          f.disk.delete('b.md');
          deleted = true;
          index.remove('b.md');
        }
        return read && { ...read, current: () => !(uri === 'b.md' && deleted) };
      },
    };
    await scanWorkspace(index, updater, stamps, ['a.md', 'b.md'], ports);
    assert.deepEqual(index.notes().map((n) => n.uri), ['a.md']);
    assert.deepEqual([...stamps.keys()], ['a.md']);
    assert.equal(index.deals().filter((d) => d.parties.includes('AMD')).length, 0);
  });

  it('analyses every note once, then only the notes whose file changed', async () => {
    const f = folder({
      'a.md': 'Nvidia will invest up to $100 billion in OpenAI.',
      'b.md': 'Oracle signed a $300 billion cloud contract with OpenAI.',
      'c.md': 'AMD and OpenAI announced a partnership on MI450 systems.',
    });
    const index = new NoteIndex(core.recognizer);
    const updater = new SlicedUpdater(index, 25, clock);
    const stamps = new Map<string, Stamp>();
    const first = await scanWorkspace(index, updater, stamps, f.uris(), f.ports);
    assert.deepEqual({ ...first }, { notes: 3, analysed: 3, unchanged: 0, skipped: 0, cancelled: false });
    assert.equal(index.deals().length, 3);

    f.disk.set('b.md', { text: 'Oracle signed a $30 billion cloud contract with OpenAI.', mtime: 2 });
    f.disk.delete('c.md');
    f.disk.set('d.md', { text: 'Microsoft and OpenAI signed a new agreement.', mtime: 1 });
    f.counts.reads = 0;
    const second = await scanWorkspace(index, updater, stamps, f.uris(), f.ports);
    assert.deepEqual({ ...second }, { notes: 3, analysed: 2, unchanged: 1, skipped: 0, cancelled: false });
    assert.equal(f.counts.reads, 2, 'the unchanged note is not read again');
    assert.equal(index.get('c.md'), undefined);
    assert.ok(index.deals().some((d) => d.parties.includes('Oracle') && d.value?.amount === 30e9));
    assert.deepEqual([...stamps.keys()].sort(), ['a.md', 'b.md', 'd.md']);
  });

  it('fires one change event per period, not one per note, and pauses between slices', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 60; i++) files[`n${i}.md`] = `Note ${i}. Nvidia will invest up to $${i + 1} billion in OpenAI.`;
    const f = folder(files);
    const index = new NoteIndex(core.recognizer);
    let pauses = 0;
    const counting: SliceClock = { now: clock.now, pause: () => (pauses++, clock.pause()) };
    const updater = new SlicedUpdater(index, 0, counting);
    const events: number[] = [];
    index.onDidChange((e) => events.push(e.uris.length));
    const progress: number[] = [];
    await scanWorkspace(index, updater, new Map(), f.uris(), { ...f.ports, progress: (done) => progress.push(done) }, { settleEveryMs: 60_000 });
    assert.deepEqual(events, [60]);
    assert.deepEqual(progress, [60]);
    assert.ok(pauses >= 60, `paused ${pauses} times`);
  });

  it('counts skipped files and stops when cancelled', async () => {
    const f = folder({ 'a.md': 'Nvidia.', 'b.md': 'AMD.' });
    f.ports.read = async () => undefined;
    const index = new NoteIndex(core.recognizer);
    const stats = await scanWorkspace(index, new SlicedUpdater(index, 25, clock), new Map(), f.uris(), f.ports);
    assert.equal(stats.skipped, 2);
    const cancelled = await scanWorkspace(index, new SlicedUpdater(index, 25, clock), new Map(), f.uris(), { ...folder({ 'x.md': 'Intel.' }).ports, cancelled: () => true });
    assert.equal(cancelled.cancelled, true);
    assert.equal(index.size, 0);
  });

  it('reads ahead with bounded concurrency and keeps the order', async () => {
    let inflight = 0;
    let most = 0;
    const out: number[] = [];
    for await (const [, r] of readAhead([...Array(20).keys()], 4, async (i) => {
      most = Math.max(most, ++inflight);
      await new Promise((res) => setTimeout(res, (i * 7) % 5));
      inflight--;
      return i * 2;
    })) out.push(r);
    assert.deepEqual(out, [...Array(20).keys()].map((i) => i * 2));
    assert.equal(most, 4);
  });
});
