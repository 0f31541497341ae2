import type { Unit } from "../schema/target.js";

/** The mingw unit the SDK is compared with; its header list is the one both are compiled against. */
export const mingwUnitName = "win32-winsock";
export const sdkUnitName = "win32-sdk-winsock";

/**
 * The mingw unit's headers and ignores, each spelled as the SDK spells the file (WinSock2.h for
 * winsock2.h): the probe then includes what a Visual Studio user writes, and an ignored header matches
 * the name the harvest attributes a definition to, which is the real file's. `files` are paths relative
 * to the tree, the first component an include folder (um/WinSock2.h).
 */
export function sdkUnit(mingw: Unit, files: string[]): Unit {
  const spelling = new Map(files.map((f) => [f.slice(f.indexOf("/") + 1).toLowerCase(), f.slice(f.indexOf("/") + 1)]));
  const headers = mingw.headers.map((h) => {
    const own = spelling.get(h.toLowerCase());
    if (own === undefined) throw new Error(`the SDK tree has no header ${h} of data/units/${mingw.name}.json (compared case-insensitively)`);
    return own;
  });
  return {
    name: sdkUnitName,
    description: `${mingw.description} Spelled as the Windows SDK spells them.`,
    headers,
    interface: false,
    ignore: mingw.ignore.map((i) => ({ ...i, header: spelling.get(i.header.toLowerCase()) ?? i.header })),
  };
}
