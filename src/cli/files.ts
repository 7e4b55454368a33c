/** Finds and reads the notes of a folder for the CLI: .md, .txt and .note files, recursively. */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { decodeNote } from '../core/text/decode';

export const NOTE_EXTENSIONS = new Set(['.md', '.markdown', '.txt', '.note']);

export interface ReadNote {
  path: string;
  text: string;
}

export interface Skipped {
  path: string;
  reason: string;
}

export async function readNotes(root: string): Promise<{ notes: ReadNote[]; skipped: Skipped[] }> {
  const notes: ReadNote[] = [];
  const skipped: Skipped[] = [];
  const walk = async (dir: string): Promise<void> => {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (e) {
      skipped.push({ path: rel(root, dir), reason: `cannot read folder: ${(e as Error).message}` });
      return;
    }
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === 'node_modules' || entry.name.startsWith('.')) continue;
        await walk(full);
      } else if (entry.isFile() && NOTE_EXTENSIONS.has(path.extname(entry.name).toLowerCase())) {
        try {
          const decoded = decodeNote(await fs.readFile(full));
          if (decoded.ok) notes.push({ path: rel(root, full), text: decoded.text });
          else skipped.push({ path: rel(root, full), reason: decoded.reason });
        } catch (e) {
          skipped.push({ path: rel(root, full), reason: `cannot read: ${(e as Error).message}` });
        }
      }
    }
  };
  await walk(root);
  return { notes, skipped };
}

function rel(root: string, p: string): string {
  return path.relative(root, p).split(path.sep).join('/') || '.';
}
