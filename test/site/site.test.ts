// The built lookup page (dist/site, opened from file:// as a person would) in Debian's headless Chromium:
// what it shows is checked against the built runtime's own answers and against facts from outside the catalog.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import {
  launchChromium,
  siteUrl,
  type Browser,
} from "../../scripts/site/browser.js";
import { buildSite } from "../../scripts/site/build.js";
import { distUrl, repoRoot } from "../runtime/paths.js";

type Runtime = typeof import("../../src/index.js");
type DescribeEntry = typeof import("../../src/describe.js");

let sc: Runtime;
let entry: DescribeEntry;
let browser: Browser;
let page: Page;
/** Every URL the page asked for, and every error it reported. */
const requested: string[] = [];
const errors: string[] = [];

// Every run saves the main views (git-ignored dist/); `npm run screenshots` saves them into docs/ instead.
const shotDir = path.join(
  repoRoot,
  process.env.SOCKCONST_SCREENSHOTS ?? path.join("dist", "screenshots"),
);
const shot = (view: string) =>
  page.screenshot({ path: path.join(shotDir, `site-${view}.png`) });

/** The page at a hash, once the view it names has been drawn. */
async function open(hash: string): Promise<void> {
  await page.evaluate(() => performance.clearMarks("sockconst:view"));
  await page.evaluate((h) => (location.hash = h), hash);
  await page.waitForFunction(
    () => performance.getEntriesByName("sockconst:view").length > 0,
  );
}

/** Waits for a constant's page with its details (origins, option records) drawn. */
const constantShown = (name: string) =>
  page.waitForFunction(
    (n) =>
      document.querySelector(`article[data-details="loaded"] #constant-name`)
        ?.textContent === n,
    name,
  );

/** The value cells of a constant's table, by platform: a number, or "absent". */
async function shownValues(): Promise<Record<string, string>> {
  return page.$$eval("table.values tbody tr", (rows) =>
    Object.fromEntries(
      rows.map((r) => [
        (r as HTMLElement).dataset.platform!,
        (r as HTMLElement).dataset.value!,
      ]),
    ),
  );
}

const expected = (values: Readonly<Record<string, number | undefined>>) =>
  Object.fromEntries(
    Object.entries(values).map(([p, v]) => [
      p,
      v === undefined ? "absent" : String(v),
    ]),
  );

beforeAll(async () => {
  sc = (await import(distUrl("src/index.js"))) as Runtime;
  entry = (await import(distUrl("src/describe.js"))) as DescribeEntry;
  try {
    browser = await launchChromium();
  } catch (error) {
    launchError = error;
    return;
  }
  page = await browser.context.newPage();
  page.on("request", (r) => void requested.push(r.url()));
  page.on("pageerror", (e) => void errors.push(e.message));
  page.on(
    "console",
    (m) => void (m.type() === "error" && errors.push(m.text())),
  );
  await page.goto(siteUrl());
  await page.waitForFunction(
    () => performance.getEntriesByName("sockconst:view").length > 0,
  );
});

// Without Chromium every test fails with the reason, rather than the suite reporting its tests as skipped:
// the page ships in the build and these are its only tests.
let launchError: unknown;
beforeEach(() => {
  if (launchError !== undefined) throw launchError;
});

afterAll(async () => {
  await browser?.close();
});

describe("the lookup page", () => {
  it("searches by prefix, by part, with typos and by value, on every keystroke", async () => {
    await page.locator("#q").pressSequentially("tcp_nod");
    await expect
      .poll(() => page.locator("#results a").first().getAttribute("data-name"))
      .toBe("TCP_NODELAY");

    await page.fill("#q", "");
    await page.locator("#q").pressSequentially("keepidle");
    expect(
      await page.locator("#results a").first().getAttribute("data-name"),
    ).toBe("TCP_KEEPIDLE");

    await page.fill("#q", "TCP_KEEPIDEL");
    expect(
      await page.locator("#results a").first().getAttribute("data-name"),
    ).toBe("TCP_KEEPIDLE");

    await page.fill("#q", "0x10 darwin-arm64");
    const byValue = await page
      .locator("#results a")
      .evaluateAll((as) => as.map((a) => (a as HTMLElement).dataset.name!));
    const table = sc.table("darwin-arm64");
    expect(byValue.sort()).toEqual(
      Object.keys(table)
        .filter((n) => table[n] === 16)
        .sort(),
    );
    expect(byValue).toContain("TCP_KEEPALIVE");
    await shot("search");
  });

  it("shows a constant's value on every platform as the runtime has it, with its header and line", async () => {
    await page.fill("#q", "tcp_nodelay");
    await page.keyboard.press("Enter");
    await constantShown("TCP_NODELAY");
    expect(await shownValues()).toEqual(expected(sc.compare("TCP_NODELAY")));
    const cells = await page.$$eval("table.values tbody tr", (rows) =>
      rows.map((r) => [
        (r as HTMLElement).dataset.platform,
        r.children[3]?.textContent,
      ]),
    );
    for (const [platform, origin] of cells) {
      const d = entry.describe(
        "TCP_NODELAY",
        platform as Parameters<DescribeEntry["describe"]>[1],
      );
      if (d !== undefined)
        expect(origin, platform).toBe(`${d.header}:${d.line}`);
    }
    // What data/options says TCP_NODELAY is on Linux, with the record's citation.
    const linux = JSON.parse(
      fs.readFileSync(
        path.join(repoRoot, "data/options/linux/TCP.json"),
        "utf8",
      ),
    ) as {
      options: { name: string; roles: string[]; source: { doc: string }[] }[];
    };
    const record = linux.options.find((r) => r.name === "TCP_NODELAY")!;
    const section = page.locator('section.os[data-os="linux"]');
    await expect
      .poll(() => section.locator("dd").first().textContent())
      .toBe(record.roles.join(", "));
    expect(await section.locator("dl").textContent()).toContain("IPPROTO_TCP");
    expect(await section.locator("cite").first().textContent()).toBe(
      record.source[0]!.doc,
    );
  });

  it("agrees with the platforms' own headers on values that differ", async () => {
    await open("#name/AF_INET6");
    await constantShown("AF_INET6");
    const inet6 = await shownValues();
    expect([
      inet6["linux-x64"],
      inet6["darwin-arm64"],
      inet6["darwin-x64"],
      inet6["win32-x64"],
    ]).toEqual(["10", "30", "30", "23"]);
    expect(inet6).toEqual(expected(sc.compare("AF_INET6")));
    const differs = await page.$$eval("table.values tr.differs", (rows) =>
      rows.map((r) => (r as HTMLElement).dataset.platform),
    );
    expect(differs).toContain("darwin-arm64");
    expect(differs).not.toContain("linux-x64");
    await shot("constant");

    await open("#name/TCP_KEEPALIVE");
    await constantShown("TCP_KEEPALIVE");
    const keepalive = await shownValues();
    expect(keepalive["darwin-arm64"]).toBe("16");
    expect(
      await page
        .locator('tr[data-platform="darwin-arm64"] td')
        .nth(1)
        .textContent(),
    ).toBe("0x10");
    expect(keepalive["linux-x64"]).toBe("absent");
    expect(keepalive).toEqual(expected(sc.compare("TCP_KEEPALIVE")));
    // The history section is there exactly when the catalog has a history.
    const history = fs.existsSync(path.join(repoRoot, "generated/history.ts"));
    expect(await page.locator("#since-heading").count()).toBe(history ? 1 : 0);
  });

  it("browses a family as names × platforms", async () => {
    await page.getByRole("link", { name: "Families" }).click();
    await page.getByRole("link", { name: "MSG", exact: true }).click();
    await page.waitForSelector("table.matrix");
    const names = new Set(
      sc.platforms.flatMap((p) => sc.list("MSG", p).map(([n]) => n)),
    );
    const rows = await page.$$eval("table.matrix tbody tr", (trs) =>
      trs.map((r) => (r as HTMLElement).dataset.name!),
    );
    expect(rows.sort()).toEqual([...names].sort());
    // Platforms with identical columns share one; every platform is in exactly one column.
    const cells = async (name: string) =>
      Object.fromEntries(
        (
          await page.$$eval(`table.matrix tr[data-name="${name}"] td`, (tds) =>
            tds.map((td) => [
              (td as HTMLElement).dataset.platforms!,
              (td as HTMLElement).dataset.value!,
            ]),
          )
        ).flatMap(([ids, value]) => ids!.split(" ").map((id) => [id, value])),
      );
    expect(await cells("MSG_PEEK")).toEqual(expected(sc.compare("MSG_PEEK")));
    expect(await cells("MSG_NOSIGNAL")).toEqual(
      expected(sc.compare("MSG_NOSIGNAL")),
    );
    expect(await page.locator("table.matrix thead th").count()).toBeLessThan(
      sc.platforms.length + 1,
    );
    await shot("family");
    await page
      .getByLabel("One column for platforms whose values are all the same")
      .uncheck();
    expect(
      await page.$$eval("table.matrix thead th", (ths) =>
        ths.slice(1).map((th) => th.textContent),
      ),
    ).toEqual([...sc.platforms]);
    expect(await cells("MSG_WAITALL")).toEqual(
      expected(sc.compare("MSG_WAITALL")),
    );
  });

  it("compares two platforms", async () => {
    await open("#compare/linux-x64/darwin-arm64/TCP");
    const [a, b] = ["linux-x64", "darwin-arm64"] as const;
    // The page compares every name of the family, whatever its role (options, their values, the rest).
    const roles = ["option", "cmsg", "value", "flag", "other"] as const;
    const tcp = [
      ...new Set(
        [a, b]
          .flatMap((p) => roles.flatMap((role) => sc.list("TCP", p, role)))
          .map(([n]) => n),
      ),
    ];
    const want = {
      differ: [] as string[],
      "only-a": [] as string[],
      "only-b": [] as string[],
    };
    for (const name of tcp) {
      const [va, vb] = [sc.lookup(name, a), sc.lookup(name, b)];
      if (va !== undefined && vb !== undefined && va !== vb)
        want.differ.push(name);
      if (vb === undefined) want["only-a"].push(name);
      if (va === undefined) want["only-b"].push(name);
    }
    for (const [id, names] of Object.entries(want)) {
      const shown = await page.$$eval(`#${id} tbody tr`, (trs) =>
        trs.map((r) => (r as HTMLElement).dataset.name!),
      );
      expect(shown.sort(), id).toEqual(names.sort());
    }
    expect(want.differ).toContain("TCP_KEEPINTVL");
    await shot("compare");

    await page.getByLabel("Platform B").selectOption("win32-x64");
    await expect
      .poll(() => page.evaluate(() => location.hash))
      .toBe("#compare/linux-x64/win32-x64/TCP");
    const onlyWindows = await page.$$eval("#only-b tbody tr", (trs) =>
      trs.map((r) => (r as HTMLElement).dataset.name!),
    );
    const windows = [
      ...new Set(
        roles
          .flatMap((role) => sc.list("TCP", "win32-x64", role))
          .map(([n]) => n),
      ),
    ];
    expect(onlyWindows.sort()).toEqual(
      windows.filter((n) => sc.lookup(n, "linux-x64") === undefined).sort(),
    );
  });

  it("decodes a flag word on a platform", async () => {
    await page.getByRole("link", { name: "Decode a number" }).click();
    await page.getByLabel("Platform").selectOption("linux-x64");
    await page.getByLabel("Family").selectOption("MSG");
    await page.getByLabel("Number").fill("0x42");
    await page.waitForSelector("#decoded");
    const names = await page.$$eval("#decoded li", (lis) =>
      lis.map((li) => (li as HTMLElement).dataset.name),
    );
    expect(names).toEqual(["MSG_PEEK", "MSG_DONTWAIT"]);
    expect(names).toEqual(sc.decodeFlags(0x42, "MSG", "linux-x64").names);
    expect(await page.evaluate(() => location.hash)).toBe(
      "#decode/linux-x64/MSG/0x42",
    );
    expect(
      await page.locator('tr[data-platform="darwin-arm64"] td').textContent(),
    ).toBe("MSG_PEEK | MSG_WAITALL");
    await shot("decode");
  });

  it("loads nothing from the network and reports no error", () => {
    expect(requested.filter((url) => !url.startsWith("file://"))).toEqual([]);
    expect(requested.some((url) => url.endsWith("/data-details.js"))).toBe(
      true,
    );
    expect(errors).toEqual([]);
  });
});

describe("the lookup page with a history", () => {
  it("shows when a name appeared once generated/history.ts answers since()", async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "sockconst-site-"));
    try {
      // A stand-in history: the section's shape is under test here, not the history's facts.
      await buildSite(dir, (name, os) =>
        name === "TCP_NODELAY" && os === "linux"
          ? { version: "2.2", of: "Linux", source: "stand-in" }
          : undefined,
      );
      const withHistory = await browser.context.newPage();
      await withHistory.goto(siteUrl("#name/TCP_NODELAY", dir));
      await withHistory.waitForSelector(
        'article[data-details="loaded"] #since-heading',
      );
      expect(
        await withHistory.locator("table.since tbody tr").allTextContents(),
      ).toEqual(["linuxsince Linux 2.2stand-in"]);
      await withHistory.goto(siteUrl("#name/AF_INET6", dir));
      await withHistory.waitForSelector('article[data-details="loaded"]');
      expect(await withHistory.locator("#since-heading").count()).toBe(0);
      await withHistory.close();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
