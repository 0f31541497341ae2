/**
 * npm run coverage: per target, how many constants the table holds, and how many of the names CPython's
 * socket module can expose on that OS (as typeshed declares them) the table has.
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

const reference = loadReference();
console.log("target                 constants   Python names (typeshed's platform)   missing");
for (const t of loadTargets()) {
  const h = readCommitted(t.id);
  if (!h) continue;
  const expected = reference.filter((r) => declaredOn(r.typeshed_platforms, token(t)));
  const present = expected.filter((r) => r.name in h.constants);
  const missing = expected.filter((r) => !(r.name in h.constants)).map((r) => r.name);
  const shown = missing.length > 8 ? `${missing.slice(0, 8).join(" ")} … (+${missing.length - 8})` : missing.join(" ");
  console.log(`${t.id.padEnd(22)} ${String(Object.keys(h.constants).length).padStart(9)}   ${`${present.length}/${expected.length}`.padStart(20)}               ${shown}`);
}
