/**
 * "Since Linux X.Y" statements of the Linux man-pages, read from the troff source. Two forms carry a
 * constant's first kernel: a tagged paragraph whose first word is the name (`.BR TCP_CORK " (since
 * Linux 2.2)"`, tcp(7)), and a constant's own page (IP_FREEBIND(2const)) whose HISTORY section names
 * the kernel, `Linux 2.4.`. Only the name a line begins with is dated: the others it mentions are context
 * ("PACKET_TIMESTAMP (with PACKET_RX_RING; since Linux 2.6.36)").
 */

export interface ManStatement {
  name: string;
  /** The kernel release stated, as written (2.6.13, 4.2). */
  version: string;
  /** `tcp(7)`, `IP_FREEBIND(2const)`. */
  page: string;
  /** The heading the statement is under. */
  section: string;
}

const identifier = /^[A-Z][A-Z0-9_]*_[A-Z0-9_]+$/;
const version = /^(\d+\.\d+(?:\.\d+)?)/;

/** The arguments of a troff request line: quoted strings (with "" for a quote) or bare words. */
export function requestArguments(line: string): string[] {
  const args: string[] = [];
  const re = /"((?:[^"]|"")*)"?|(\S+)/g;
  const rest = line.replace(/^\.\S+\s*/, "");
  for (let m = re.exec(rest); m; m = re.exec(rest)) args.push(m[1] !== undefined ? m[1].replace(/""/g, '"') : m[2]!);
  return args;
}

/**
 * The first kernel named by "since Linux" in a parenthesis, unless it dates a change rather than the
 * name ("obsolete since", "default since", "removed since").
 */
function sinceIn(text: string): string | undefined {
  const open = text.indexOf("(");
  if (open < 0) return undefined;
  const re = /(\w+\s+)?since Linux\s+(\S+)/g;
  for (let m = re.exec(text.slice(open)); m; m = re.exec(text.slice(open))) {
    if (/^(obsolete|deprecated|removed|default|changed)\s/i.test(m[1] ?? "")) continue;
    return version.exec(m[2]!)?.[1];
  }
  return undefined;
}

const byRelease = (a: string, b: string) => {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++) if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** The first line of running text after a paragraph tag (comments skipped), or "" when another request comes first. */
function firstProse(lines: string[], from: number): string {
  for (let i = from; i < lines.length; i++) {
    const l = lines[i]!;
    if (l.startsWith('.\\"')) continue;
    return l.startsWith(".") ? "" : l;
  }
  return "";
}

export function parseManPage(source: string, page: string): ManStatement[] {
  const lines = source.split("\n");
  if (lines.some((l) => /^\.so\s/.test(l)) && lines.filter((l) => l.trim() && !l.startsWith('.\\"')).length <= 1) return [];
  const out: ManStatement[] = [];
  let section = "";
  let previous = "";
  const namesSection: string[] = [];
  let namesDone = false;
  let dated = false;
  lines.forEach((line, i) => {
    const heading = /^\.S[HS]\s+(.*)$/.exec(line);
    if (heading) {
      section = requestArguments(line).join(" ") || heading[1]!.replace(/"/g, "");
      previous = line;
      return;
    }
    // NAME lists the names, then "\-" and the one-line summary (which may mention other constants).
    if (section === "NAME" && !namesDone) {
      const dash = line.indexOf("\\-");
      if (dash >= 0) namesDone = true;
      if (!line.startsWith(".")) namesSection.push(dash >= 0 ? line.slice(0, dash) : line);
    }
    // A tagged paragraph's tag is the line after .TP; a request line naming the constant first.
    if (previous.startsWith(".TP") && /^\.(B|BR|BI|I|IR|RB)\s/.test(line)) {
      const args = requestArguments(line);
      const name = args[0];
      if (name && identifier.test(name)) {
        // The date is on the tag line, or (address_families(7)) in the paragraph's first sentence.
        const v = sinceIn(args.slice(1).join("")) ?? (args.length === 1 ? sinceIn(firstProse(lines, i + 1)) : undefined);
        if (v) out.push({ name, version: v, page, section });
      }
    }
    // A constant's own page: HISTORY names the first kernels ("Linux 2.4.", "Linux 2.4.22, Linux 2.5.68."),
    // possibly after the standards ("POSIX.1-2001,"); the earliest kernel listed is the one that had it first.
    if (section === "HISTORY" && !dated && page.endsWith("(2const)")) {
      const m = /^Linux \d+(?:\.\d+)*(?:, Linux \d+(?:\.\d+)*)*\.?$/.exec(line.trim());
      if (m) {
        dated = true;
        const versions = [...line.matchAll(/Linux (\d+(?:\.\d+)*)/g)].map((x) => x[1]!);
        const earliest = versions.sort(byRelease)[0]!;
        const own = page.slice(0, page.indexOf("("));
        const listed = namesSection.join(" ").split(/[\s,]+/).filter((w) => identifier.test(w));
        // A NAME section that does not list the page's own constant is a slip of the page (IP_HDRINCL(2const)
        // names IPPROTO_IP): then only the page's own name is dated.
        for (const name of listed.includes(own) ? listed : [own]) out.push({ name, version: earliest, page, section });
      }
    }
    previous = line;
  });
  return out;
}
