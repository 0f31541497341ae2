/** The OSes the history covers, each with the script that samples it. */
import type { HistoryFile, HistoryOs } from "../schema/history.js";
import { linuxHistory } from "./linux.js";
import { windowsHistory } from "./windows.js";
import { darwinHistory } from "./darwin.js";
import { bsdHistory } from "./bsd.js";

export const builders: Partial<Record<HistoryOs, () => Promise<HistoryFile>>> = {
  linux: linuxHistory,
  darwin: darwinHistory,
  win32: windowsHistory,
  freebsd: bsdHistory("freebsd"),
  openbsd: bsdHistory("openbsd"),
  netbsd: bsdHistory("netbsd"),
};
