import { hostPlatform, platforms as ids } from "../runtime.js";
import type { Command } from "../command.js";
import { EXIT_OK, printJson } from "../io.js";

export const platforms: Command = {
  name: "platforms",
  usage: "sockconst platforms [--json]",
  summary: "every platform id, the host's marked",
  details: "The ids accepted by --platform, one a line; the running machine's is marked with *.",
  arguments: { min: 0, max: 0, names: "" },
  options: [],
  run(invocation, io) {
    const host = hostPlatform();
    if (invocation.json) printJson(io, { platforms: ids, host: host ?? null });
    else for (const id of ids) io.out(id === host ? `${id} *` : id);
    return EXIT_OK;
  },
};
