import fs from "node:fs";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { workDir } from "../lib/paths.js";

/**
 * A private apt state that reads one Debian suite's index without touching the machine's own sources:
 * the archive address is taken from the machine's apt configuration, so no host is named here. Each
 * suite needs a folder of its own (`dir`), or one suite's index would answer for another.
 */
export class DebianArchive {
  private readonly dir: string;
  private ready = false;

  constructor(
    private readonly suite: string,
    dir?: string,
  ) {
    this.dir = dir ?? path.join(workDir, "apt");
  }

  private options(): string[] {
    return [
      "-o", `Dir::Etc::SourceList=${path.join(this.dir, "sources.list")}`,
      "-o", "Dir::Etc::SourceParts=/dev/null",
      "-o", `Dir::State::Lists=${path.join(this.dir, "lists")}`,
      "-o", `Dir::Cache=${path.join(this.dir, "cache")}`,
      // The machine's installed packages would otherwise count as versions the suite offers.
      "-o", `Dir::State::status=${path.join(this.dir, "status")}`,
      "-o", "Debug::NoLocking=1",
    ];
  }

  private archiveUri(): string {
    const files = ["/etc/apt/sources.list", ...listDir("/etc/apt/sources.list.d").map((f) => path.join("/etc/apt/sources.list.d", f))];
    for (const file of files) {
      const text = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "";
      // deb822 (`URIs: <archive>/debian`) or one-line (`deb [options] <archive>/debian suite ...`) format.
      const uri = text.match(/^\s*(?:URIs:|deb(?:\s+\[[^\]]*\])?)\s+(\S+\/debian)\/?(?:\s|$)/m)?.[1];
      if (uri) return uri;
    }
    throw new Error("no Debian archive found in /etc/apt: fetching Debian headers needs a Debian apt configuration");
  }

  update(): void {
    if (this.ready) return;
    for (const sub of ["lists/partial", "cache/archives/partial"]) fs.mkdirSync(path.join(this.dir, sub), { recursive: true });
    fs.writeFileSync(path.join(this.dir, "status"), "");
    const keyring = "/usr/share/keyrings/debian-archive-keyring.gpg";
    fs.writeFileSync(path.join(this.dir, "sources.list"), `deb [signed-by=${keyring}] ${this.archiveUri()} ${this.suite} main\n`);
    try {
      execFileSync("apt-get", [...this.options(), "update", "-qq"], { stdio: ["ignore", "ignore", "pipe"] });
    } catch (error) {
      // apt's own "E:" line says why (no Release file for a suite the archive does not carry, say).
      const stderr = String((error as { stderr?: Buffer }).stderr ?? "");
      const why = stderr.split("\n").find((l) => l.startsWith("E:"))?.replace(/^E:\s*/, "");
      throw new Error(`apt-get update of Debian ${this.suite} failed: ${why ?? (stderr.trim() || "no message")}`);
    }
    this.ready = true;
  }

  /** The version the index offers now. */
  candidate(name: string): string {
    const version = this.offered(name);
    if (!version) throw new Error(`Debian ${this.suite} has no package ${name}`);
    return version;
  }

  /** The version the index offers now, or undefined when the suite does not carry the package. */
  offered(name: string): string | undefined {
    this.update();
    try {
      const out = execFileSync("apt-cache", [...this.options(), "show", "--no-all-versions", name], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
      return out.match(/^Version: (.+)$/m)?.[1];
    } catch {
      return undefined;
    }
  }

  /** Download one exact version into `dest`; returns the .deb's path. */
  download(name: string, version: string, dest: string): string {
    this.update();
    fs.mkdirSync(dest, { recursive: true });
    try {
      execFileSync("apt-get", [...this.options(), "download", "-qq", `${name}=${version}`], { cwd: dest, stdio: ["ignore", "ignore", "pipe"] });
    } catch (error) {
      const stderr = String((error as { stderr?: Buffer }).stderr ?? "");
      throw new Error(
        `cannot download Debian ${this.suite} package ${name} ${version}: ${stderr.trim() || (error as Error).message}\n` +
          `If ${this.suite} has moved on, run \`npm run headers -- --update\` to lock the versions it offers now, then re-harvest.`,
      );
    }
    const deb = fs.readdirSync(dest).find((f) => f.startsWith(`${name}_`) && f.endsWith(".deb"));
    if (!deb) throw new Error(`apt-get download of ${name} ${version} left no .deb in ${dest}`);
    return path.join(dest, deb);
  }
}

function listDir(dir: string): string[] {
  return fs.existsSync(dir) ? fs.readdirSync(dir).sort() : [];
}
