/**
 * The lookup page's speed in Debian's headless Chromium (run by `npm run bench`, after the build writes
 * dist/site): first paint, the first drawn result, and the time each keystroke takes to answer, printed as
 * ratios against baselines measured in the same run and browser (a near-empty page's first paint, a box that
 * only echoes what is typed), so the numbers compare like with like on any machine. Not a pass/fail test.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import type { Page } from "playwright-core";
import { launchChromium, siteUrl } from "../scripts/site/browser.js";
import { siteDir } from "../scripts/lib/paths.js";

const ROUNDS = 7;
/** Queries typed one key at a time: prefixes, a part, typos, values. */
const QUERIES = ["tcp_keepidle", "keepidel", "so_reuseprot", "ipv6_", "0x10", "16 darwin"];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[xs.length >> 1]!;
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))]!;
const ms = (n: number) => `${n.toFixed(1)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}x`;

// The baselines: what any page costs in this browser on this machine, whatever it does.
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "sockconst-bench-"));
fs.writeFileSync(path.join(scratch, "empty.html"), "<!doctype html><title>empty</title><p>Hello</p>\n");
fs.writeFileSync(
  path.join(scratch, "echo.html"),
  `<!doctype html><title>echo</title><label>Echo <input id="q"></label><p id="out"></p><script>
const q = document.getElementById("q"), out = document.getElementById("out");
q.addEventListener("input", (e) => { out.textContent = q.value; performance.measure("sockconst:search", { start: e.timeStamp }); });
</script>\n`,
);
const emptyUrl = pathToFileURL(path.join(scratch, "empty.html")).href;
const echoUrl = pathToFileURL(path.join(scratch, "echo.html")).href;

const browser = await launchChromium();

/** Loads a URL in a new page; the first contentful paint and the page's own marks, in ms from navigation start. */
async function load(url: string, marks: string[]): Promise<Record<string, number>> {
  const page = await browser.context.newPage();
  try {
    await page.goto(url, { waitUntil: "load" });
    await page.waitForFunction((wanted) => wanted.every((m) => performance.getEntriesByName(m).length > 0), marks);
    await page.waitForFunction(() => performance.getEntriesByName("first-contentful-paint").length > 0);
    return page.evaluate(
      (wanted) =>
        Object.fromEntries(
          ["first-contentful-paint", ...wanted].map((m) => [m, performance.getEntriesByName(m)[0]!.startTime]),
        ),
      marks,
    );
  } finally {
    await page.close();
  }
}

/**
 * Types each query key by key and collects two times per keystroke, both from the input event: until the
 * page's handler has drawn the results (its `sockconst:search` measure) and until the next frame is shown.
 */
async function typing(page: Page, queries: readonly string[]): Promise<{ handler: number[]; frame: number[] }> {
  await page.evaluate(() => {
    document.querySelector("#q")!.addEventListener("input", (e) => {
      const start = e.timeStamp;
      requestAnimationFrame(() => setTimeout(() => performance.measure("bench:frame", { start }), 0));
    });
  });
  for (const query of queries) {
    await page.fill("#q", "");
    await page.locator("#q").pressSequentially(query, { delay: 30 });
    await page.waitForTimeout(100);
  }
  return page.evaluate(() => ({
    handler: performance.getEntriesByName("sockconst:search").map((e) => e.duration),
    frame: performance.getEntriesByName("bench:frame").map((e) => e.duration),
  }));
}

try {
  console.log("\n## Lookup page (dist/site), in headless Chromium from file://\n");
  for (const file of fs.readdirSync(siteDir).sort()) {
    const bytes = fs.readFileSync(path.join(siteDir, file));
    console.log(`${file.padEnd(16)} ${(bytes.length / 1024).toFixed(1).padStart(8)} KiB raw ${(gzipSync(bytes, { level: 9 }).length / 1024).toFixed(1).padStart(7)} KiB gzipped`);
  }

  const empty: number[] = [];
  const paint: number[] = [];
  const view: number[] = [];
  const firstResult: number[] = [];
  const constantValues: number[] = [];
  const constant: number[] = [];
  for (let i = 0; i < ROUNDS; i++) {
    empty.push((await load(emptyUrl, []))["first-contentful-paint"]!);
    const home = await load(siteUrl(), ["sockconst:view"]);
    paint.push(home["first-contentful-paint"]!);
    view.push(home["sockconst:view"]!);
    firstResult.push((await load(siteUrl("#search/tcp_"), ["sockconst:first-result"]))["sockconst:first-result"]!);
    // A deep link to a constant shows its values from the index, then waits for data-details.js.
    const deep = await load(siteUrl("#name/AF_INET6"), ["sockconst:values", "sockconst:view"]);
    constantValues.push(deep["sockconst:values"]!);
    constant.push(deep["sockconst:view"]!);
  }
  const base = median(empty);
  console.log(`\nmedian of ${ROUNDS} fresh loads, against an empty page's first paint (${ms(base)}):`);
  console.log(`  first contentful paint        ${ms(median(paint)).padStart(9)}  ${ratio(median(paint), base)}`);
  console.log(`  home view ready               ${ms(median(view)).padStart(9)}  ${ratio(median(view), base)}`);
  console.log(`  first result (#search/tcp_)   ${ms(median(firstResult)).padStart(9)}  ${ratio(median(firstResult), base)}`);
  console.log(`  #name/AF_INET6 values shown   ${ms(median(constantValues)).padStart(9)}  ${ratio(median(constantValues), base)}`);
  console.log(`  #name/AF_INET6 with details   ${ms(median(constant)).padStart(9)}  ${ratio(median(constant), base)}`);

  const echoPage = await browser.context.newPage();
  await echoPage.goto(echoUrl);
  const echo = await typing(echoPage, QUERIES);
  await echoPage.close();
  const sitePage = await browser.context.newPage();
  await sitePage.goto(siteUrl());
  await sitePage.waitForFunction(() => performance.getEntriesByName("sockconst:view").length > 0);
  const site = await typing(sitePage, QUERIES);
  await sitePage.close();
  const keys = QUERIES.join("").length;
  console.log(`\nper keystroke over ${keys} keys (${QUERIES.join(", ")}), against a box that only echoes its text:`);
  for (const [label, a, b] of [
    ["input to results drawn", site.handler, echo.handler],
    ["input to next frame   ", site.frame, echo.frame],
  ] as const) {
    console.log(
      `  ${label}  median ${ms(median(a)).padStart(9)} (${ratio(median(a), median(b))})  p95 ${ms(p95(a)).padStart(9)} (${ratio(p95(a), p95(b))})  max ${ms(Math.max(...a))}`,
    );
  }
} finally {
  await browser.close();
  fs.rmSync(scratch, { recursive: true, force: true });
}
