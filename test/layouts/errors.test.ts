import { describe, expect, it } from "vitest";
import { loadTargets } from "../../scripts/lib/data.js";
import { harvestLayouts, loadLayoutContext } from "../../scripts/layouts/harvest-target.js";
import { compareLayouts } from "../../scripts/layouts/compare.js";
import { readLayouts } from "../../scripts/layouts/committed.js";
import type { StructRecord } from "../../scripts/schema/struct.js";

const linux = loadTargets().find((t) => t.id === "linux-x64")!;
const record = (over: Partial<StructRecord>): StructRecord => ({
  name: "sockaddr_in",
  c: "struct sockaddr_in",
  why: "test",
  headers: { linux: ["sys/socket.h", "netinet/in.h"] },
  lacking: {},
  ...over,
});
const harvestWith = (structs: StructRecord[]) => harvestLayouts(linux, { ...loadLayoutContext(), structs });

describe("a layout harvest that cannot be right fails and says why", () => {
  it("names struct, target and header when a header does not exist", async () => {
    await expect(harvestWith([record({ headers: { linux: ["sys/socket.h", "net/if_dl.h"] } })])).rejects.toThrow(
      /sockaddr_in on linux-x64: header <net\/if_dl\.h> does not exist for this target/,
    );
  });

  it("records a missing header as lacking only where data/structs says so", async () => {
    const file = await harvestWith([record({ headers: { linux: ["net/if_dl.h"] }, lacking: { "linux-x64": "not on Linux" } })]);
    expect(file.structs).toEqual({});
    expect(file.lacking).toEqual({ sockaddr_in: "not on Linux" });
  });

  it("computes the byte order and CMSG numbers only beside cmsghdr, whose headers define the macros", async () => {
    expect((await harvestWith([record({})])).abi).toBeUndefined();
    const file = await harvestWith([record({ name: "cmsghdr", c: "struct cmsghdr", headers: { linux: ["sys/socket.h"] } })]);
    // x86-64 glibc: a 16-byte header, data aligned to 8 (CMSG_SPACE(1) = 24).
    expect(file.abi).toEqual({ byteOrder: "little", cmsg: { len0: 16, space0: 16, space1: 24 } });
  });

  it("refuses a lacking entry once every header exists", async () => {
    await expect(harvestWith([record({ lacking: { "linux-x64": "stale" } })])).rejects.toThrow(/says the target lacks a header \("stale"\), but every header exists now/);
  });

  it("names the struct the compiler rejects", async () => {
    await expect(harvestWith([record({ c: "struct sockaddr_inn" })])).rejects.toThrow(/struct sockaddr_inn/);
  });

  it("counts a moved member as a change that needs --accept", () => {
    const committed = readLayouts("linux-x64")!;
    const moved = structuredClone(committed);
    moved.structs.sockaddr_in!.fields[1]!.offset = 4;
    expect(compareLayouts(committed, moved)).toEqual({ added: [], removed: [], changed: ["sockaddr_in"] });
  });
});
