/** The core as the extension and the CLI see it: one object, built once, disposed once. */
export interface Core {
  dispose(): void;
}

export function createCore(): Core {
  return { dispose() {} };
}
