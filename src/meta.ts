/**
 * The shape of generated/meta/<id>.ts, shared by the generator and the runtime: generated/index.ts can
 * annotate `metas` with it (`Readonly<Record<PlatformId, Meta>>`), which declaration emit needs because
 * the inferred type of two dozen metas is too long for tsc to write out.
 */
export interface Source {
  readonly package: string;
  readonly version: string;
  readonly registry: string;
  readonly release?: string;
}

export interface Meta {
  readonly provenance: {
    readonly compiler: string;
    readonly triple: string;
    readonly sources: readonly Source[];
  };
  readonly constants: Readonly<
    Record<
      string,
      {
        readonly header: string;
        readonly line: number;
        readonly kind: "macro" | "enum";
        /** The header package (or BSD sysroot) that supplied the definition; see provenance.sources. */
        readonly source: string;
      }
    >
  >;
}
