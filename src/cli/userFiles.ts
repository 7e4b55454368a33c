/**
 * The user's files beside the notes, for the CLI: `<folder>/.dealnotes/lexicon.json` (names taught) and
 * `<folder>/.dealnotes/corrections.json` (deal corrections), each read when present. Problems come back as
 * "path:line:column: message" lines for standard error; a broken file counts as empty.
 */
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import type { Entity } from '../core/types';
import { LineIndex } from '../core/text/lineIndex';
import { LEXICON_FILE, parseUserLexicon, type Problem } from '../core/user/lexiconFile';
import { CORRECTIONS_FILE, parseCorrections, type Correction } from '../core/user/corrections';

export interface UserFiles {
  entities: Entity[];
  corrections: Correction[];
  problems: string[];
  /** Where each correction is, for messages about corrections that match no deal. */
  where(c: Correction): string;
}

async function readText(file: string): Promise<string | undefined> {
  try {
    return (await fs.readFile(file, 'utf8')).replace(/^\ufeff/, '');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
}

function located(rel: string, text: string, offset: number): string {
  const p = new LineIndex(text).positionAt(offset);
  return `${rel}:${p.line + 1}:${p.character + 1}`;
}

export async function readUserFiles(folder: string): Promise<UserFiles> {
  const problems: string[] = [];
  const report = (rel: string, text: string, list: readonly Problem[]) => {
    for (const p of list) problems.push(`${located(rel, text, p.offset)}: ${p.severity ?? 'error'}: ${p.message}`);
  };
  const lexText = (await readText(path.join(folder, ...LEXICON_FILE.split('/')))) ?? '';
  const lexicon = parseUserLexicon(lexText);
  report(LEXICON_FILE, lexText, lexicon.problems);
  const corText = (await readText(path.join(folder, ...CORRECTIONS_FILE.split('/')))) ?? '';
  const corrections = parseCorrections(corText);
  report(CORRECTIONS_FILE, corText, corrections.problems);
  return {
    entities: lexicon.entities,
    corrections: corrections.corrections,
    problems,
    where: (c) => (c.at ? located(CORRECTIONS_FILE, corText, c.at.offset) : CORRECTIONS_FILE),
  };
}
