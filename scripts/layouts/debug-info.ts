/**
 * The debug-info metadata of a probe's LLVM IR, read as clang wrote it. clang's record layout is the
 * one source of a struct's member names, their declared types, bit-field positions and the file and
 * line of each definition, for every translation unit of a cc1 call at once (the AST dump filters by
 * one name per call; the debug info of a global `T x;` carries T whole).
 */

/** A specialized node (`!DICompositeType(...)`) with its fields, or a tuple (`!{!1, !2}`) with its items. */
export interface Node {
  kind: string;
  fields: Map<string, string>;
  items: (number | null)[];
}

const nodeLine = /^!(\d+) = (?:distinct )?!(\w*)(\{.*\}|\(.*\))$/;
const field = /(\w+): ("(?:[^"\\]|\\.)*"|[^,]*)/g;

export function readMetadata(ir: string): Map<number, Node> {
  const nodes = new Map<number, Node>();
  for (const line of ir.split("\n")) {
    const m = nodeLine.exec(line);
    if (!m) continue;
    const [, id, kind, body] = m;
    if (kind === "") {
      const inner = body!.slice(1, -1).trim();
      const items = inner === "" ? [] : inner.split(/,\s*/).map((r) => (r.startsWith("!") ? Number(r.slice(1)) : null));
      nodes.set(Number(id), { kind: "tuple", fields: new Map(), items });
    } else {
      const fields = new Map<string, string>();
      for (const f of body!.slice(1, -1).matchAll(field)) fields.set(f[1]!, f[2]!.trim());
      nodes.set(Number(id), { kind: kind!, fields, items: [] });
    }
  }
  return nodes;
}

/** A field's text as the IR prints it, without quotes and with LLVM's `\XX` escapes decoded. */
export function text(node: Node | undefined, key: string): string | undefined {
  const raw = node?.fields.get(key);
  if (raw === undefined || !raw.startsWith('"')) return raw;
  return raw.slice(1, -1).replace(/\\([0-9A-Fa-f]{2})/g, (_, h: string) => String.fromCharCode(parseInt(h, 16)));
}

export const number = (node: Node | undefined, key: string): number | undefined => {
  const t = text(node, key);
  return t === undefined ? undefined : Number(t.replace(/^i\d+ /, ""));
};

export const ref = (node: Node | undefined, key: string): number | undefined => {
  const t = text(node, key);
  return t?.startsWith("!") ? Number(t.slice(1)) : undefined;
};

/** The global `name`'s type node: `@name = ... !dbg !G`, `!G = !DIGlobalVariableExpression(var: !V)`, V's type. */
export function globalType(ir: string, nodes: Map<number, Node>, name: string): number | undefined {
  const m = new RegExp(`^@${name} = .*!dbg !(\\d+)`, "m").exec(ir);
  if (!m) return undefined;
  const variable = nodes.get(ref(nodes.get(Number(m[1])), "var") ?? -1);
  return ref(variable, "type");
}
