import fs from "node:fs";

export interface Located {
  name: string;
  /** The C identifier that must appear on the line. */
  c: string;
  file: string;
  line: number;
}

/**
 * Every constant must be traceable: the line recorded for it must name its C identifier. A mismatch
 * means the preprocessor's line markers were misread, so the harvest refuses to write the target.
 */
export function untraceable(entries: Located[]): string[] {
  const cache = new Map<string, string[]>();
  const bad: string[] = [];
  for (const e of entries) {
    if (!cache.has(e.file)) cache.set(e.file, fs.existsSync(e.file) ? fs.readFileSync(e.file, "latin1").split("\n") : []);
    const line = cache.get(e.file)![e.line - 1];
    if (line === undefined || !new RegExp(`\\b${e.c}\\b`).test(line)) bad.push(`${e.name} (${e.file}:${e.line})`);
  }
  return bad;
}
