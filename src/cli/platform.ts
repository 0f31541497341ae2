import { hostPlatform, platforms, type PlatformId } from "./runtime.js";
import { parsePlatform } from "./args.js";
import { UsageError } from "./io.js";

/** --platform if given, else the host; a host without a table is a usage error that lists the ids. */
export function chosenPlatform(option: string | undefined): PlatformId {
  if (option !== undefined) return parsePlatform(option);
  const host = hostPlatform();
  if (host === undefined) {
    throw new UsageError(`cannot tell this machine's platform; pass --platform with one of: ${platforms.join(", ")}`);
  }
  return host;
}
