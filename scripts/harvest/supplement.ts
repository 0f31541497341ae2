import type { HarvestFile, HarvestedConstant } from "../schema/harvest.js";
import type { SdkFacts } from "../schema/sdk-facts.js";

/** The `source` of a constant only the Windows SDK defines, and the package its provenance entry names. */
export const sdkSourceName = (sdk: SdkFacts) => `Windows SDK ${sdk.provenance.sdk}`;

const byName = ([a]: [string, unknown], [b]: [string, unknown]) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * A win32 table with the names only the Windows SDK defines added (headers-cache/win32-sdk/<target>.json),
 * each citing the SDK's header and line. mingw-w64 stays the primary source: a name it defines keeps its
 * value and citation, and a name it defines without an integer value (its `omitted`) is not filled in from
 * the SDK, since the two headers then disagree about what the name is. Pure: the inputs are not changed.
 */
export function supplement(file: HarvestFile, sdk: SdkFacts): HarvestFile {
  if (file.target !== sdk.target) throw new Error(`supplement: ${file.target}'s table with ${sdk.target}'s SDK facts`);
  const source = sdkSourceName(sdk);
  const added = Object.entries(sdk.constants)
    .filter(([name]) => !(name in file.constants) && !(name in file.omitted))
    .map(([name, c]): [string, HarvestedConstant] => [
      name,
      {
        value: c.value,
        kind: c.kind,
        header: c.header,
        line: c.line,
        source,
        ...(c.text !== undefined ? { text: c.text } : {}),
        ...(c.c !== undefined ? { c: c.c } : {}),
      },
    ]);
  if (added.length === 0) return file;
  const provenance = {
    package: source,
    version: sdk.provenance.sdk,
    registry: `github ${sdk.provenance.repo} ${sdk.provenance.commit}`,
  };
  return {
    ...file,
    provenance: {
      ...file.provenance,
      sources: [...file.provenance.sources.filter((s) => s.package !== source), provenance].sort((a, b) => (a.package < b.package ? -1 : a.package > b.package ? 1 : 0)),
    },
    constants: Object.fromEntries([...Object.entries(file.constants), ...added].sort(byName)),
  };
}

/** The table as mingw-w64 alone gives it: what supplement() adds, taken away again. */
export function withoutSupplement(file: HarvestFile, sdk: SdkFacts): HarvestFile {
  const source = sdkSourceName(sdk);
  return {
    ...file,
    provenance: { ...file.provenance, sources: file.provenance.sources.filter((s) => s.package !== source) },
    constants: Object.fromEntries(Object.entries(file.constants).filter(([, c]) => c.source !== source)),
  };
}
