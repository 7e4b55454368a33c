// Faults in a real extension host: files that cannot be read (chmod 000, a read that fails, a FIFO, a broken
// link, link loops, a folder named like a note, a 50 MB file, invalid UTF-8), notes deleted, renamed or rewritten
// during the scan, a note written to while it is read, and a storage folder that is read-only or full. Each is said
// (a line in the Deal Notes output, which the test reads by listening to the channel, or an error message); the
// index then equals what a fresh scan of the readable notes gives (same texts, mentions, deals and entities); and
// no user file changes (the workspace is hashed before and after). Everything is created under zz-faults/ and
// removed afterwards.
//
// Hosts: the integration suites run in the Node extension host only (they need `fs` and mocha's loader; see
// README, What is tested where). FIFOs, links, chmod, chattr and mounts are Linux faults: each test that needs
// one says why it skips where it cannot make it (another OS, or no right to mount or set attributes). The
// web-worker host reads through the same workspace.fs calls, covered by the end-to-end scenarios.
import * as assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import type { DealNotesApi } from '../../../src/extension';
import { NoteIndex } from '../../../src/core/index/noteIndex';
import { activateDealNotes, waitFor } from '../support';

const DEAL = 'Nvidia will invest up to $100 billion in OpenAI.';
const NOTE = /\.(md|txt|note)$/;
const MAX_BYTES = 5120 * 1024;

/** Every regular file under `dir` (links not followed) with the hash of its bytes and its modification time. */
function hashTree(dir: string): Map<string, string> {
  const out = new Map<string, string>();
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) out.set(path.relative(dir, p), `${createHash('sha256').update(fs.readFileSync(p)).digest('hex')} ${fs.statSync(p).mtimeMs}`);
    }
  };
  walk(dir);
  return out;
}

/** Runs `cmd` and says whether it worked (chattr, mount: not every machine allows them). */
function tryRun(cmd: string, args: string[]): boolean {
  try {
    execFileSync(cmd, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

describe('Deal Notes: faults lose nothing', function () {
  this.timeout(120_000);
  let api: DealNotesApi;
  const output: string[] = [];
  let restoreOutput: () => void = () => undefined;
  const root = () => vscode.workspace.workspaceFolders![0]!.uri.fsPath;
  const dir = () => path.join(root(), 'zz-faults');
  const uriOf = (rel: string) => vscode.Uri.file(path.join(dir(), rel)).toString();
  const index = () => api.services.notes.index;
  let hashesBefore: Map<string, string>;

  const rescan = () => vscode.commands.executeCommand<{ notes: number }>('dealNotes.rescan');
  /** Output lines since `from` that match `re`. */
  const linesMatching = (re: RegExp, from = 0) => output.slice(from).filter((l) => re.test(l));

  /** The readable notes on disk: regular files (links not followed) with a note's extension, within the size limit. */
  function readableNotes(): Map<string, string> {
    const notes = new Map<string, string>();
    const walk = (d: string) => {
      for (const e of fs.readdirSync(d, { withFileTypes: true })) {
        const p = path.join(d, e.name);
        if (e.isDirectory() && !e.name.startsWith('.')) walk(p);
        else if (e.isFile() && NOTE.test(e.name) && fs.statSync(p).size <= MAX_BYTES) {
          try {
            notes.set(vscode.Uri.file(p).toString(), new TextDecoder('utf-8', { fatal: true }).decode(fs.readFileSync(p)));
          } catch {
            // Unreadable, or not UTF-8 (the tests that make such files check those themselves).
          }
        }
      }
    };
    walk(root());
    return notes;
  }

  /**
   * The index holds exactly the readable notes on disk, with their text (waiting for the watcher to catch up),
   * and its mentions, deals and entities equal those of a fresh scan of them.
   */
  async function indexMatchesFreshScan(what: string, except: (uri: string) => boolean = () => false): Promise<void> {
    let difference = '';
    let disk = new Map<string, string>();
    const same = () => {
      disk = readableNotes();
      const indexed = index().notes().map((n) => n.uri).filter((u) => !except(u));
      const extra = indexed.filter((u) => !disk.has(u));
      const missing = [...disk.keys()].filter((u) => !except(u) && !indexed.includes(u));
      const stale = indexed.filter((u) => disk.has(u) && index().get(u)?.text !== disk.get(u));
      difference = `not on disk: ${extra.join(', ')}; not indexed: ${missing.join(', ')}; other text: ${stale.join(', ')}`;
      return !extra.length && !missing.length && !stale.length;
    };
    await waitFor(same, `${what}: the index holds exactly the readable notes on disk`, 60_000).catch((e: Error) => {
      throw new Error(`${e.message} (${difference})`);
    });
    const fresh = new NoteIndex(api.services.core.recognizer);
    for (const n of index().notes()) fresh.upsert({ uri: n.uri, text: n.text });
    for (const n of fresh.notes()) assert.deepEqual(index().get(n.uri)!.mentions, n.mentions, `${what}: the mentions of ${n.uri}`);
    assert.deepEqual(index().deals(), fresh.deals(), `${what}: the deals of a fresh scan`);
    const byKey = (xs: ReturnType<NoteIndex['entities']>) => [...xs].sort((a, b) => a.key.localeCompare(b.key));
    assert.deepEqual(byKey(index().entities()), byKey(fresh.entities()), `${what}: the entities of a fresh scan`);
    fresh.dispose();
  }

  before(async () => {
    api = await activateDealNotes();
    const channel = api.services.output;
    const append = channel.appendLine.bind(channel);
    channel.appendLine = (line: string) => {
      output.push(line);
      append(line);
    };
    restoreOutput = () => {
      channel.appendLine = append;
    };
    fs.rmSync(dir(), { recursive: true, force: true });
    hashesBefore = hashTree(root());
    fs.mkdirSync(dir());
  });

  // Each test starts from an empty zz-faults/, whatever the one before left (a failed test stops half way).
  afterEach(() => {
    const locked = path.join(dir(), 'locked.md');
    if (fs.existsSync(locked)) fs.chmodSync(locked, 0o644);
    fs.rmSync(dir(), { recursive: true, force: true });
    fs.mkdirSync(dir());
  });

  after(async () => {
    restoreOutput();
    fs.rmSync(dir(), { recursive: true, force: true });
    await rescan();
    assert.deepEqual(hashTree(root()), hashesBefore, 'no user file was changed, added or removed');
  });

  it('an unreadable file (chmod 000, or a read that fails) is skipped with a line saying why', async function () {
    if (process.platform !== 'linux') this.skip(); // /proc/self/mem, and chmod as root, are Linux's
    fs.writeFileSync(path.join(dir(), 'ok.md'), DEAL);
    const locked = path.join(dir(), 'locked.md');
    fs.writeFileSync(locked, 'AMD and OpenAI announced a partnership.');
    fs.chmodSync(locked, 0o000);
    // Root (as in CI) reads a chmod 000 file anyway: then it is a readable note like any other. A read that fails
    // for every user: a link to /proc/self/mem, whose first page is never mapped (EIO).
    let lockedReadable = true;
    try {
      fs.closeSync(fs.openSync(locked, 'r'));
    } catch {
      lockedReadable = false;
    }
    fs.symlinkSync('/proc/self/mem', path.join(dir(), 'eio.md'));
    const from = output.length;
    await rescan();
    // A rescan can return while a read the file watcher started for a new file is still under way: wait for it.
    await waitFor(() => index().get(uriOf('ok.md')) !== undefined, 'the readable note is read');
    assert.equal(index().get(uriOf('eio.md')), undefined);
    assert.match(api.services.notes.skipped.get(uriOf('eio.md')) ?? '', /cannot read: .*(EIO|i\/o)/i);
    assert.equal(linesMatching(/^Skipped zz-faults\/eio\.md: cannot read/, from).length, 1, output.slice(from).join('\n'));
    if (lockedReadable) await waitFor(() => index().get(uriOf('locked.md')) !== undefined, 'chmod 000 does not stop this user (root): the note is read');
    else {
      assert.equal(index().get(uriOf('locked.md')), undefined);
      assert.equal(linesMatching(/^Skipped zz-faults\/locked\.md: cannot read/, from).length, 1);
    }
    await indexMatchesFreshScan('after unreadable files', (u) => u === uriOf('locked.md') && !lockedReadable);
  });

  it('skips a FIFO (without blocking), a broken link, link loops and a folder named like a note, with a reason', async function () {
    if (process.platform === 'win32') this.skip(); // no FIFOs or POSIX links
    // The FIFO is made under a name that is no note, then renamed into one by a workspace edit: the listing (the
    // file search) never lists a FIFO, and the file watcher's event for a new one came too late or not at all in
    // two CI runs of six, so the test reads it through the rename, which the extension hears every time.
    execFileSync('mkfifo', [path.join(dir(), 'pipe.fifo')]);
    fs.symlinkSync(path.join(dir(), 'nowhere.md'), path.join(dir(), 'broken.md'));
    fs.symlinkSync(path.join(dir(), 'loop-b.md'), path.join(dir(), 'loop-a.md'));
    fs.symlinkSync(path.join(dir(), 'loop-a.md'), path.join(dir(), 'loop-b.md'));
    fs.symlinkSync('.', path.join(dir(), 'self'));
    fs.mkdirSync(path.join(dir(), 'folder.md'));
    await rescan();
    const rename = new vscode.WorkspaceEdit();
    rename.renameFile(vscode.Uri.file(path.join(dir(), 'pipe.fifo')), vscode.Uri.file(path.join(dir(), 'pipe.md')));
    assert.ok(await vscode.workspace.applyEdit(rename), 'the FIFO renamed into a note');
    for (const name of ['pipe.md', 'broken.md', 'loop-a.md', 'loop-b.md', 'folder.md']) assert.equal(index().get(uriOf(name)), undefined, `${name} is not a note`);
    assert.equal(index().notes().filter((n) => n.uri.includes('/zz-faults/self/')).length, 0, 'a link to its own folder is not followed forever');
    // Whether the scan lists it or the watcher saw it created, reading it would block for ever: refused for what it is.
    await waitFor(() => /not a regular file/.test(api.services.notes.skipped.get(uriOf('pipe.md')) ?? ''), 'the FIFO skipped as not a regular file');
    assert.ok(linesMatching(/^Skipped zz-faults\/pipe\.md: not a regular file/).length >= 1);
    await indexMatchesFreshScan('after links, a pipe and a folder');
  });

  it('a note replaced by a folder of the same name leaves the index', async () => {
    const file = path.join(dir(), 'becomes-folder.md');
    fs.writeFileSync(file, DEAL);
    await rescan();
    await waitFor(() => index().get(uriOf('becomes-folder.md')) !== undefined, 'the note is read');
    fs.rmSync(file);
    fs.mkdirSync(file);
    await rescan();
    await waitFor(() => index().get(uriOf('becomes-folder.md')) === undefined, 'the note replaced by a folder leaves the index');
    await indexMatchesFreshScan('after a note became a folder');
  });

  it('skips a 50 MB note with its size and the setting to change, and reads invalid UTF-8 as Windows-1252, saying so', async () => {
    const big = path.join(dir(), 'big.md');
    const line = `${DEAL} ${'x'.repeat(200)}\n`;
    const fd = fs.openSync(big, 'w');
    for (let written = 0; written < 50 * 1024 * 1024; written += line.length * 1000) fs.writeSync(fd, line.repeat(1000));
    fs.closeSync(fd);
    const latin1 = path.join(dir(), 'latin1.txt');
    fs.writeFileSync(latin1, Buffer.from([...Buffer.from('Le caf'), 0xe9, ...Buffer.from(' : Nvidia investit dans OpenAI '), 0x80, 0xc3, 0x28, 0x0a]));
    const from = output.length;
    await rescan();
    await waitFor(() => /too large/.test(api.services.notes.skipped.get(uriOf('big.md')) ?? '') && index().get(uriOf('latin1.txt')) !== undefined,
      'the 50 MB note skipped and the Windows-1252 note read');
    assert.match(api.services.notes.skipped.get(uriOf('big.md')) ?? '', /too large \(\d+ KB, limit 5120 KB: dealNotes\.files\.maxFileSizeKB\)/);
    assert.equal(linesMatching(/^Skipped zz-faults\/big\.md: too large \(5\d{4} KB, limit 5120 KB/, from).length, 1, output.slice(from).join('\n'));
    assert.equal(index().get(uriOf('big.md')), undefined);
    const latin = index().get(uriOf('latin1.txt'));
    assert.ok(latin?.text.startsWith('Le café : Nvidia investit dans OpenAI €'), latin?.text);
    assert.ok(latin!.mentions.some((m) => m.canonical === 'OpenAI'));
    assert.equal(linesMatching(/^Read zz-faults\/latin1\.txt as Windows-1252: it is not valid UTF-8\.$/, from).length, 1);
    await indexMatchesFreshScan('after a 50 MB note and invalid UTF-8', (u) => u === uriOf('latin1.txt'));
  });

  it('notes deleted, renamed and rewritten during a scan: the index ends equal to a fresh scan of the disk', async () => {
    const many = path.join(dir(), 'many');
    fs.mkdirSync(many);
    const names = Array.from({ length: 120 }, (_, i) => `n${String(i).padStart(3, '0')}.md`);
    for (const n of names) fs.writeFileSync(path.join(many, n), `# ${n}\n\n${DEAL}\n`);
    const scan = rescan();
    // While it reads: delete a third, rename a third, rewrite the rest (each several times).
    for (const [i, n] of names.entries()) {
      const p = path.join(many, n);
      if (i % 3 === 0) fs.rmSync(p);
      else if (i % 3 === 1) fs.renameSync(p, path.join(many, `renamed-${n}`));
      else for (let k = 0; k < 3; k++) fs.writeFileSync(p, `# ${n} v${k}\n\nAMD and OpenAI announced a partnership (${k}).\n`);
    }
    await scan;
    await indexMatchesFreshScan('after changes during a scan');
    await rescan();
    await indexMatchesFreshScan('after a second scan');
  });

  it('a note written to while it is read ends with its last text, never a torn one', async () => {
    const file = path.join(dir(), 'busy.md');
    // About 1 MB, rewritten whole (truncated, then written) again and again by another process during the scans.
    const writer = spawn(process.execPath, ['-e', `
      const fs = require('fs');
      const [file, deal] = process.argv.slice(1);
      const body = (k) => '# busy ' + k + '\\n\\n' + deal + '\\n' + ('Plain words that name nothing, version ' + k + '.\\n').repeat(20000);
      const stop = Date.now() + 4000;
      for (let k = 1; Date.now() < stop; k++) fs.writeFileSync(file, body(String(k)));
      fs.writeFileSync(file, body('final'));
    `, file, DEAL], { stdio: 'ignore', env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' } });
    await waitFor(() => fs.existsSync(file), 'the writer began');
    const exited = new Promise<number | null>((resolve) => writer.on('exit', resolve));
    while (writer.exitCode === null) await rescan();
    assert.equal(await exited, 0, 'the writer ran');
    await indexMatchesFreshScan('after a note changed while it was read');
    assert.ok(index().get(uriOf('busy.md'))!.text.startsWith('# busy final'), 'the last version');
  });

  it('a .dealnotes folder that cannot be made (a file has its name): teaching a name fails with a message and changes nothing', async () => {
    const blocker = path.join(root(), '.dealnotes');
    fs.writeFileSync(blocker, 'not a folder\n');
    try {
      fs.writeFileSync(path.join(dir(), 'ok.md'), DEAL);
      const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path.join(dir(), 'ok.md')));
      await vscode.window.showTextDocument(doc);
      const taught = await vscode.commands.executeCommand<boolean>('dealNotes.addCompany', { name: 'Zorblax Robotics' });
      assert.equal(taught, false, 'the command says it could not teach the name');
      assert.equal(fs.readFileSync(blocker, 'utf8'), 'not a folder\n');
      assert.equal(doc.isDirty, false, 'the note is untouched');
      assert.equal(index().entity('Zorblax Robotics'), undefined);
    } finally {
      await vscode.commands.executeCommand('workbench.action.closeAllEditors');
      fs.rmSync(blocker);
    }
  });

  describe('a storage folder that cannot be written', () => {
    const cacheDir = () => {
      const location = api.services.notes.cache.location;
      assert.ok(location, 'the extension has workspace storage for its cache');
      const uri = vscode.Uri.parse(location);
      assert.equal(uri.scheme, 'file', 'the Node host keeps its storage on disk');
      return uri.fsPath;
    };
    const cacheLines = (from: number) => linesMatching(/^Index cache: cannot write/, from);

    /** The cache written and its folder there, before breaking it. */
    async function cacheReady(): Promise<void> {
      await api.services.notes.cache.flush();
      fs.mkdirSync(cacheDir(), { recursive: true });
    }

    /** With the storage broken: one output line, the cache off, and the index still follows the notes. */
    async function cacheGoesOffAlone(repair: () => void, why: string): Promise<void> {
      const notes = api.services.notes;
      try {
        const from = output.length;
        const dealsBefore = index().deals().map((d) => d.id).sort();
        fs.writeFileSync(path.join(dir(), `${why}.md`), 'AMD and OpenAI announced a partnership.');
        await waitFor(() => !!index().get(uriOf(`${why}.md`)), 'the new note indexed');
        await notes.cache.flush();
        assert.equal(cacheLines(from).length, 1, `${why}: one line says the cache is off\n${output.slice(from).join('\n')}`);
        assert.match(cacheLines(from)[0]!, /going on without a cache\.$/);
        assert.equal(notes.cache.enabled, false);
        // Nothing else breaks: more changes are indexed, a rescan works, and no second line.
        fs.writeFileSync(path.join(dir(), `${why}-2.md`), DEAL);
        await waitFor(() => !!index().get(uriOf(`${why}-2.md`)), 'a second new note indexed');
        await rescan();
        await notes.cache.flush();
        assert.equal(cacheLines(from).length, 1, 'said once');
        await indexMatchesFreshScan(`with a ${why} storage`);
        assert.ok(index().deals().length >= dealsBefore.length);
      } finally {
        repair();
        // Reopening (as a new window) tries the storage again (and the next suites find a working cache).
        await notes.reopen();
      }
      assert.equal(notes.cache.enabled, true);
      await notes.cache.flush();
      assert.ok(fs.readdirSync(cacheDir()).some((f) => f.endsWith('.json')), 'the cache is written again');
      await indexMatchesFreshScan(`after the ${why} storage was repaired`);
    }

    it('read-only (immutable folder): the cache goes off with one line, nothing else breaks', async function () {
      if (process.platform !== 'linux') this.skip(); // chattr is Linux's
      await cacheReady();
      if (!tryRun('chattr', ['+i', cacheDir()])) this.skip(); // no right to set the immutable attribute here
      await cacheGoesOffAlone(() => void tryRun('chattr', ['-i', cacheDir()]), 'read-only');
    });

    it('full (a tmpfs filled to the last byte): the cache goes off with one line, nothing else breaks', async function () {
      if (process.platform !== 'linux') this.skip(); // tmpfs mounts are Linux's
      await cacheReady();
      if (!tryRun('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', cacheDir()])) this.skip(); // no right to mount here
      try {
        // Fill it: every later write fails with ENOSPC.
        fs.writeFileSync(path.join(cacheDir(), 'filler'), Buffer.alloc(1024 * 1024));
      } catch {
        // ENOSPC: full, as wanted
      }
      await cacheGoesOffAlone(() => void tryRun('umount', [cacheDir()]), 'full');
    });
  });
});
