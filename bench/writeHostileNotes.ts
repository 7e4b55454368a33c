/**
 * Writes the hostile shapes of test/support/hostileNotes.ts to disk, one folder per shape holding one note, so
 * that the CLI can be profiled on them: `npx tsx bench/writeHostileNotes.ts OUT_DIR [name filter]`, then
 * `node --cpu-prof dist/cli.js scan OUT_DIR/<shape> --json > /dev/null`. BENCH_HOSTILE_KB sets the size (1024).
 */
import { HOSTILE_SHAPES } from '../test/support/hostileNotes';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const [out, filter] = process.argv.slice(2);
if (!out) {
  console.error('usage: tsx bench/writeHostileNotes.ts OUT_DIR [shape name filter]');
  process.exit(2);
}
const size = Number(process.env.BENCH_HOSTILE_KB ?? 1024) * 1024;
for (const shape of HOSTILE_SHAPES) {
  if (filter && !shape.name.toLowerCase().includes(filter.toLowerCase())) continue;
  const dir = join(out, shape.name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, ''));
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'hostile.md'), shape.make(size));
  console.log(dir);
}
