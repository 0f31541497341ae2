/**
 * The shape of generated/meta/<id>.ts, shared by the generator and the runtime. Each constant's origin is
 * one line of a string (`NAME header-index line kind source-index`) rather than an object: two dozen
 * platforms of ~2,000 objects each made importing the runtime take a tenth of a second, while a string
 * costs next to nothing to load and is only split when describe() first asks about that platform.
 */
export interface Source {
  readonly package: string;
  readonly version: string;
  readonly registry: string;
}

export interface Meta {
  readonly provenance: {
    readonly compiler: string;
    readonly triple: string;
    readonly sources: readonly Source[];
  };
  /** Every header a constant comes from, relative to its include folder. */
  readonly headers: readonly string[];
  /** One line per constant: name, index into headers, line, `m` (macro) or `e` (enum), index into sources. */
  readonly constants: string;
}

export interface Origin {
  readonly header: string;
  readonly line: number;
  readonly kind: "macro" | "enum";
  readonly source: Source | undefined;
}

const decoded = new WeakMap<Meta, Map<string, Origin>>();

/** Where a constant is defined on a platform, or undefined if the platform lacks it. */
export function originOf(meta: Meta, name: string): Origin | undefined {
  let origins = decoded.get(meta);
  if (!origins) {
    // What describe() hands out must not be changeable by its callers: freeze the shared records once.
    Object.freeze(meta.provenance.sources);
    for (const source of meta.provenance.sources) Object.freeze(source);
    origins = new Map();
    for (const row of meta.constants.split("\n")) {
      const [constant, header, line, kind, source] = row.split(" ");
      origins.set(
        constant!,
        Object.freeze({
          header: meta.headers[Number(header)]!,
          line: Number(line),
          kind: kind === "e" ? "enum" : "macro",
          source: meta.provenance.sources[Number(source)],
        }),
      );
    }
    decoded.set(meta, origins);
  }
  return origins.get(name);
}
