/**
 * The C sources of the layout probe. Structs whose headers are the same share a translation unit; each
 * number is one line `const long long sockconst_v_<struct>__<what> = (...);`, read back from the IR as the
 * constants are, and a compile error names its line and thereby its struct and field.
 */
import { valuePrefix } from "../probe/probe-source.js";

export interface ProbeStruct {
  name: string;
  c: string;
}

export interface ProbeUnit {
  headers: string[];
  structs: ProbeStruct[];
}

/**
 * The struct whose unit also computes the target's ABI numbers: its headers define the CMSG macros (WSA_CMSG_*
 * on Windows), and one unit of a program may define them, since they are globals.
 */
export const abiStruct = "cmsghdr";

/** A field as the numbers probe needs it: its access path, and whether offsetof and sizeof apply. */
export interface ProbeField {
  name: string;
  bitField: boolean;
  flexible: boolean;
}

export const presencePrefix = "sockconst_h_";
export const shapePrefix = "sockconst_d_";
export const key = {
  size: (s: string) => `${s}__size`,
  align: (s: string) => `${s}__align`,
  offset: (s: string, i: number) => `${s}__o${i}`,
  fieldSize: (s: string, i: number) => `${s}__z${i}`,
  bitOffset: (s: string, i: number) => `${s}__b${i}`,
  bitWidth: (s: string, i: number) => `${s}__w${i}`,
};

/**
 * The target's byte order (1 when little-endian) and its control-message arithmetic: CMSG_LEN(0) is where
 * a message's data starts, CMSG_SPACE(0) what an empty message occupies, and CMSG_SPACE(1) minus that the
 * alignment of each message's length. Windows spells the macros WSA_CMSG_*.
 */
export const abiKeys = {
  littleEndian: "abi__little_endian",
  cmsgLen0: "abi__cmsg_len0",
  cmsgSpace0: "abi__cmsg_space0",
  cmsgSpace1: "abi__cmsg_space1",
} as const;

function abiLines(add: (name: string, expr: string, what: string) => void, lines: string[]): void {
  add(abiKeys.littleEndian, "__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__", "__BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__");
  for (const prefix of ["WSA_CMSG", "CMSG"]) {
    lines.push(`#${prefix === "CMSG" ? "elif" : "if"} defined(${prefix}_LEN) && defined(${prefix}_SPACE)`);
    add(abiKeys.cmsgLen0, `${prefix}_LEN(0)`, `${prefix}_LEN(0)`);
    add(abiKeys.cmsgSpace0, `${prefix}_SPACE(0)`, `${prefix}_SPACE(0)`);
    add(abiKeys.cmsgSpace1, `${prefix}_SPACE(1)`, `${prefix}_SPACE(1)`);
  }
  lines.push("#endif");
}

const includes = (headers: string[]) => headers.map((h) => `#include <${h}>`);

/**
 * Whether each header exists for the target (`__has_include`), and, when all do, one global per struct:
 * its debug info is the struct's layout. A missing header thus costs no failed compile and is named.
 */
export function shapeSource(unit: ProbeUnit): ProbeSource {
  const lines = unit.headers.flatMap((h, i) => [`#if __has_include(<${h}>)`, `const int ${presencePrefix}${i} = 1;`, "#else", `const int ${presencePrefix}${i} = 0;`, "#endif"]);
  lines.push(`#if ${unit.headers.map((h) => `__has_include(<${h}>)`).join(" && ")}`, ...includes(unit.headers));
  const lineOf = new Map<number, string>();
  for (const s of unit.structs) {
    lines.push(`${s.c} ${shapePrefix}${s.name};`);
    lineOf.set(lines.length, `${s.c} (headers ${unit.headers.join(", ")})`);
  }
  lines.push("#endif", "");
  return { source: lines.join("\n"), lineOf };
}

export interface ProbeSource {
  source: string;
  /** What each line of the source computes, by line number (1-based), for error messages. */
  lineOf: Map<number, string>;
}

/** sizeof, _Alignof, and each field's offsetof and sizeof; bit-fields have neither, their bits come from the layout. */
export function numbersSource(unit: ProbeUnit, fields: Map<string, ProbeField[]>): ProbeSource {
  const lines = [...includes(unit.headers)];
  const lineOf = new Map<number, string>();
  const add = (name: string, expr: string, what: string) => {
    lines.push(`const long long ${valuePrefix}${name} = (${expr});`);
    lineOf.set(lines.length, what);
  };
  if (unit.structs.some((s) => s.name === abiStruct)) abiLines(add, lines);
  for (const s of unit.structs) {
    add(key.size(s.name), `sizeof(${s.c})`, `sizeof(${s.c})`);
    add(key.align(s.name), `_Alignof(${s.c})`, `_Alignof(${s.c})`);
    fields.get(s.name)!.forEach((f, i) => {
      if (f.bitField) return;
      add(key.offset(s.name, i), `__builtin_offsetof(${s.c}, ${f.name})`, `offsetof(${s.c}, ${f.name})`);
      if (!f.flexible) add(key.fieldSize(s.name, i), `sizeof(((${s.c} *)0)->${f.name})`, `sizeof of ${s.c} ${f.name}`);
    });
  }
  lines.push("");
  return { source: lines.join("\n"), lineOf };
}

/**
 * The numbers probe as part of a program: a function printing `key value` lines. A bit-field's place is
 * measured in memory: set to all ones in a zeroed struct, its lowest bit and its width are counted in
 * the order the ABI numbers bits (from the least significant bit of the first byte on little-endian
 * targets, from the most significant on big-endian ones).
 */
export function programSource(unit: ProbeUnit, fields: Map<string, ProbeField[]>, fn: string): string {
  const { source } = numbersSource({ ...unit, headers: ["stdio.h", ...unit.headers] }, fields);
  const body: string[] = [];
  if (unit.structs.some((s) => s.name === abiStruct)) {
    for (const k of Object.values(abiKeys)) body.push(`  printf("${k} %lld\\n", ${valuePrefix}${k});`);
  }
  for (const s of unit.structs) {
    const print = (k: string) => body.push(`  printf("${k} %lld\\n", ${valuePrefix}${k});`);
    print(key.size(s.name));
    print(key.align(s.name));
    fields.get(s.name)!.forEach((f, i) => {
      if (f.bitField) {
        body.push(`  { ${s.c} x; __builtin_memset(&x, 0, sizeof x); x.${f.name} = -1; sockconst_bits("${key.bitOffset(s.name, i)}", "${key.bitWidth(s.name, i)}", (const unsigned char *)&x, sizeof x); }`);
        return;
      }
      print(key.offset(s.name, i));
      if (!f.flexible) print(key.fieldSize(s.name, i));
    });
  }
  return `${source}
static void sockconst_bits(const char *at, const char *width, const unsigned char *p, unsigned long n) {
  long first = -1, count = 0, last = -1;
  for (unsigned long i = 0; i < n * 8; i++) {
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    int set = (p[i / 8] >> (7 - i % 8)) & 1;
#else
    int set = (p[i / 8] >> (i % 8)) & 1;
#endif
    if (set) { if (first < 0) first = (long)i; last = (long)i; count++; }
  }
  printf("%s %ld\\n%s %ld\\n", at, first, width, last - first + 1 == count ? count : -1);
}
void ${fn}(void) {
${body.join("\n")}
}
`;
}

/** The program's entry: each unit's print function in turn. */
export const mainSource = (fns: string[]) => `${fns.map((f) => `void ${f}(void);`).join("\n")}\nint main(void) {\n${fns.map((f) => `  ${f}();`).join("\n")}\n  return 0;\n}\n`;
