/**
 * What a unit's headers define, read from `zig cc -E -dD`: every object-like macro and every enumerator,
 * each with the file and line that defines it. The preprocessor's line markers give those locations.
 */

export interface Definition {
  name: string;
  kind: "macro" | "enum";
  /** Macro body, or the enumerator's initializer; empty when there is none. */
  text: string;
  file: string;
  line: number;
}

const marker = /^# (\d+) "((?:[^"\\]|\\.)*)"/;
const define = /^#define ([A-Za-z_]\w*)(\(?)\s*(.*)$/;
const undef = /^#undef ([A-Za-z_]\w*)/;

export function discover(preprocessed: string): Map<string, Definition> {
  const found = new Map<string, Definition>();
  const lines = preprocessed.split("\n");
  // Text outside directives, with each output line's origin, for the enum scan.
  const code: string[] = [];
  const origin: { file: string; line: number }[] = [];
  let file = "";
  let line = 0;
  for (const text of lines) {
    const m = marker.exec(text);
    if (m) {
      file = m[2]!.replace(/\\(.)/g, "$1");
      line = Number(m[1]);
      continue;
    }
    const d = define.exec(text);
    if (d) {
      if (d[2] !== "(") found.set(d[1]!, { name: d[1]!, kind: "macro", text: d[3]!.trim(), file, line });
      else found.delete(d[1]!);
    } else {
      const u = undef.exec(text);
      if (u) found.delete(u[1]!);
      else if (!text.startsWith("#")) {
        code.push(text);
        origin.push({ file, line });
      }
    }
    line++;
  }
  for (const e of enumerators(code, origin)) {
    const macro = found.get(e.name);
    // glibc writes `#define IPPROTO_TCP IPPROTO_TCP` after the enumerator: the constant is the enumerator.
    if (!macro || macro.text === e.name) found.set(e.name, e);
  }
  return found;
}

function enumerators(code: string[], origin: { file: string; line: number }[]): Definition[] {
  const text = code.join("\n");
  const starts: number[] = [];
  let offset = 0;
  for (const l of code) {
    starts.push(offset);
    offset += l.length + 1;
  }
  const lineAt = (pos: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= pos) lo = mid;
      else hi = mid - 1;
    }
    return origin[lo]!;
  };
  const out: Definition[] = [];
  const head = /\benum\b\s*(?:__attribute__\s*\(\([^)]*\)\)\s*)?(?:[A-Za-z_]\w*\s*)?(?::[^{};]*)?\{/g;
  for (let m = head.exec(text); m; m = head.exec(text)) {
    let depth = 1;
    let i = head.lastIndex;
    let itemStart = i;
    const items: [number, number][] = [];
    for (; i < text.length && depth > 0; i++) {
      const c = text[i];
      if (c === "(" || c === "{" || c === "[") depth++;
      else if (c === ")" || c === "}" || c === "]") depth--;
      if ((c === "," && depth === 1) || depth === 0) {
        items.push([itemStart, i]);
        itemStart = i + 1;
      }
    }
    for (const [from, to] of items) {
      const item = text.slice(from, to);
      const lead = item.length - item.trimStart().length;
      const e = /^([A-Za-z_]\w*)\s*(?:__attribute__\s*\(\(.*?\)\)\s*)?(?:=\s*([\s\S]*))?$/.exec(item.trim());
      if (!e) continue;
      const where = lineAt(from + lead);
      out.push({ name: e[1]!, kind: "enum", text: (e[2] ?? "").replace(/\s+/g, " ").trim(), file: where.file, line: where.line });
    }
    head.lastIndex = i;
  }
  return out;
}
