/**
 * The C probe: one line per constant, so a compile error names its line and thereby its constant.
 * `% 1` rejects anything that is not an integer (floats, pointers, strings); the `< 0` flag tells a
 * negative value from an unsigned one that fills all 64 bits, which LLVM prints alike.
 */

export interface ProbeName {
  /** The published name (a valid C identifier). */
  name: string;
  /** The C expression to evaluate: the identifier itself, or the one it is published for. */
  c: string;
}

export const valuePrefix = "sockconst_v_";
export const signPrefix = "sockconst_n_";

export function probeSource(headers: string[], names: ProbeName[]): { source: string; firstLine: number } {
  const head = headers.map((h) => `#include <${h}>`);
  const body = names.map(
    (n) => `const long long ${valuePrefix}${n.name} = (${n.c}); const int ${signPrefix}${n.name} = ((${n.c}) % 1 == 0) && ((${n.c}) < 0);`,
  );
  return { source: [...head, ...body, ""].join("\n"), firstLine: head.length + 1 };
}

/** The same probe as a program printing `name value` lines, for running on the target (or under qemu/wine). */
export function probeProgram(headers: string[], names: ProbeName[]): string {
  const { source } = probeSource(["stdio.h", ...headers], names);
  const prints = names.map(
    (n) => `  if (${signPrefix}${n.name}) printf("${n.name} %lld\\n", ${valuePrefix}${n.name}); else printf("${n.name} %llu\\n", (unsigned long long)${valuePrefix}${n.name});`,
  );
  return `${source}\nint main(void) {\n${prints.join("\n")}\n  return 0;\n}\n`;
}

/** Values from the probe's LLVM IR: `@sockconst_v_X = constant i64 N`. */
export function readIr(ir: string): Map<string, bigint> {
  const values = new Map<string, bigint>();
  const negative = new Set<string>();
  const global = /^@sockconst_([vn])_(\w+) = (?:[a-z_]+ )*constant i(?:64|32) (-?\d+)/gm;
  for (let m = global.exec(ir); m; m = global.exec(ir)) {
    if (m[1] === "v") values.set(m[2]!, BigInt(m[3]!));
    else if (m[3] !== "0") negative.add(m[2]!);
  }
  for (const [name, v] of values) {
    // i64 is printed signed; a value the source says is not negative is an unsigned 64-bit one.
    if (v < 0n && !negative.has(name)) values.set(name, v + (1n << 64n));
  }
  return values;
}
