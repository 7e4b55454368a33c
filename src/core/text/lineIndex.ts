/** Converts UTF-16 offsets to zero-based line and character positions, as VS Code counts them. */
export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 10) this.starts.push(i + 1);
      else if (c === 13) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      }
    }
  }

  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: o - this.starts[lo]! };
  }

  /**
   * The zero-based line of `offset` (as `positionAt(offset).line`), tried first on line `near`: a reader going
   * through offsets in order finds each one's line at once.
   */
  lineAt(offset: number, near = 0): number {
    const o = Math.max(0, Math.min(offset, this.text.length));
    const starts = this.starts;
    if (near >= 0 && near < starts.length && starts[near]! <= o && (near + 1 === starts.length || starts[near + 1]! > o)) return near;
    return this.positionAt(o).line;
  }

  offsetAt(position: Position): number {
    const start = this.starts[Math.max(0, Math.min(position.line, this.starts.length - 1))]!;
    return Math.min(start + Math.max(0, position.character), this.text.length);
  }
}
