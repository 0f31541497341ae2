/**
 * npm run coverage: per target, how many constants the table holds; how many of the names CPython's
 * socket module can expose on that OS (as typeshed declares them) it has, and which it lacks; and what
 * the headers define under a family's prefix that the table leaves out, grouped by the reason
 * (headers-cache/<id>.json's `omitted` and `excluded`).
 */
import { loadReference, loadTargets } from "../lib/data.js";
import { readCommitted } from "../harvest/committed.js";
import type { Target } from "../schema/target.js";

const token = (t: Target) => (t.os === "linux" || t.os === "darwin" || t.os === "win32" ? t.os : "other");

/** typeshed's platform expression (`linux|other`, `!win32`, `all`) for one platform token. */
function declaredOn(expression: string, platform: string): boolean {
  if (expression === "all") return true;
  if (expression === "unknown") return false;
  if (expression.startsWith("!")) return expression.slice(1) !== platform;
  return expression.split("|").includes(platform);
}

/** A reason without the compiler's detail, so that names left out for the same reason group together. */
const gist = (why: string) => why.replace(/: .*$/s, "").replace(/^(not an integer constant expression).*/, "$1");
const list = (names: string[], max = 10) => (names.length > max ? `${names.slice(0, max).join(" ")} … (+${names.length - max})` : names.join(" "));

const reference = loadReference();
for (const t of loadTargets()) {
  const h = readCommitted(t.id);
  if (!h) continue;
  const expected = reference.filter((r) => declaredOn(r.typeshed_platforms, token(t)));
  const missing = expected.filter((r) => !(r.name in h.constants)).map((r) => r.name);
  console.log(`\n${t.id}: ${Object.keys(h.constants).length} constants; CPython's names ${expected.length - missing.length}/${expected.length}`);
  if (missing.length) console.log(`  CPython names not in the headers here: ${list(missing)}`);
  const groups = new Map<string, string[]>();
  for (const [name, why] of [...Object.entries(h.omitted), ...Object.entries(h.excluded)]) {
    const key = gist(why);
    groups.set(key, [...(groups.get(key) ?? []), name]);
  }
  for (const [why, names] of [...groups].sort((a, b) => b[1].length - a[1].length)) console.log(`  left out (${names.length}), ${why}: ${list(names, 6)}`);
}
