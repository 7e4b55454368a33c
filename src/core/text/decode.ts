/**
 * Bytes of a note → text. Handles UTF-8 (with or without BOM), UTF-16 with a BOM, and falls back to
 * Windows-1252 for legacy files that are not valid UTF-8. Binary and oversized files are refused with a
 * reason the user can read. Uses only the standard TextDecoder (Node, browsers, VS Code web).
 */
export type Decoded =
  | { ok: true; text: string; encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' }
  | { ok: false; reason: string };

/** Notes larger than this are skipped: they are data dumps, not notes. */
export const MAX_NOTE_BYTES = 5 * 1024 * 1024;

export function decodeNote(bytes: Uint8Array, maxBytes = MAX_NOTE_BYTES): Decoded {
  if (bytes.length > maxBytes) {
    return { ok: false, reason: `too large (${formatBytes(bytes.length)}, limit ${formatBytes(maxBytes)})` };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary content (NUL bytes)' };
  try {
    // ignoreBOM: false strips a UTF-8 BOM, as VS Code does when it opens the file.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), encoding: 'utf-8' };
  } catch {
    return { ok: true, text: decodeWindows1252(bytes), encoding: 'windows-1252' };
  }
}

// Bytes 0x80–0x9F of Windows-1252 (some TextDecoder builds decode them as C1 controls, like ISO-8859-1).
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

export function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    out += b >= 0x80 && b <= 0x9f ? CP1252_HIGH[b - 0x80] : String.fromCharCode(b);
  }
  return out;
}

function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 * 1024) return `${(n / 1024).toFixed(1)} KB`;
  return `${(n / 1024 / 1024).toFixed(1)} MB`;
}
