import type { HarvestFile } from "../schema/harvest.js";
import type { SdkFacts } from "../schema/sdk-facts.js";
import type { Explanation } from "../schema/second-source.js";
import { sdkReport, type SdkComparison, type SdkReport } from "../schema/sdk-report.js";
import { withoutSupplement } from "../harvest/supplement.js";

/** The `source` of an explanation of a mingw-w64 vs Windows SDK difference. */
export const sdkSource = "win32-sdk";

const sorted = (names: Iterable<string>) => [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));

/**
 * One target's names by source: mingw-w64's own (the table less what the SDK supplement added) against
 * the SDK's. Pure: reads nothing but its arguments.
 */
export function compareWithSdk(table: HarvestFile, sdk: SdkFacts, explanations: Explanation[]): SdkComparison {
  if (table.target !== sdk.target) throw new Error(`comparing ${table.target}'s table with ${sdk.target}'s SDK facts`);
  const mingw = withoutSupplement(table, sdk);
  const a = mingw.constants;
  const b = sdk.constants;
  const mingwOnly = sorted(Object.keys(a).filter((n) => !(n in b)));
  const sdkOnly = sorted(Object.keys(b).filter((n) => !(n in a)));
  const both = sorted(Object.keys(a).filter((n) => n in b));
  const equal = both.filter((n) => a[n]!.value === b[n]!.value);
  const different = both
    .filter((n) => a[n]!.value !== b[n]!.value)
    .map((name) => {
      const m = a[name]!;
      const s = b[name]!;
      const why = explanations.find((e) => e.target === mingw.target && e.source === sdkSource && e.name === name && e.primary === m.value && e.second === s.value);
      return {
        name,
        mingw: { value: m.value, header: m.header, line: m.line },
        sdk: { value: s.value, header: s.header, line: s.line },
        reason: why?.reason ?? null,
      };
    });
  const sdkNotInteger = Object.fromEntries(mingwOnly.filter((n) => n in sdk.omitted).map((n) => [n, sdk.omitted[n]!]));
  return {
    target: mingw.target,
    counts: { mingwOnly: mingwOnly.length, sdkOnly: sdkOnly.length, equal: equal.length, different: different.length },
    mingwOnly,
    sdkNotInteger,
    sdkOnly,
    equal,
    different,
  };
}

/** Every target's comparison (by target id), with the two sources' releases. */
export function buildSdkReport(pairs: { mingw: HarvestFile; sdk: SdkFacts }[], explanations: Explanation[]): SdkReport {
  const first = pairs[0];
  if (!first) throw new Error("no target to compare");
  const mingw = new Map<string, string>();
  for (const { mingw: m } of pairs) for (const s of m.provenance.sources) if (s.package.startsWith("mingw-w64")) mingw.set(s.package, s.version);
  return sdkReport.parse({
    sdk: { version: first.sdk.provenance.sdk, repo: first.sdk.provenance.repo, commit: first.sdk.provenance.commit },
    mingw: sorted(mingw.keys()).map((p) => ({ package: p, version: mingw.get(p)! })),
    targets: pairs.map(({ mingw: m, sdk }) => compareWithSdk(m, sdk, explanations)).sort((x, y) => (x.target < y.target ? -1 : 1)),
  });
}

/** Explanations no difference of the report uses: the headers or the table changed, so the reason may be wrong. */
export const staleSdkExplanations = (report: SdkReport, explanations: Explanation[]): Explanation[] =>
  explanations.filter((e) => {
    if (e.source !== sdkSource) return true;
    const d = report.targets.find((t) => t.target === e.target)?.different.find((x) => x.name === e.name);
    return !d || d.mingw.value !== e.primary || d.sdk.value !== e.second;
  });

/** Differences nobody has explained: one line each. */
export const unexplained = (report: SdkReport): string[] =>
  report.targets.flatMap((t) =>
    t.different.filter((d) => d.reason === null).map((d) => `${t.target} ${d.name}: mingw-w64 ${d.mingw.value} (${d.mingw.header}:${d.mingw.line}) vs SDK ${d.sdk.value} (${d.sdk.header}:${d.sdk.line})`),
  );
