#!/usr/bin/env bash
# Installs the Debian packages the execution check (npm run check:exec) links and runs with: qemu-user,
# the cross C libraries qemu runs glibc programs on, the sparc64 cross linker and Wine. The list is read
# from data/exec/*.json, so a target's record is the one place that names what it needs. Idempotent:
# nothing is fetched when every package is already installed.
set -euo pipefail
cd "$(dirname "$0")/../.."
export DEBIAN_FRONTEND=noninteractive

mapfile -t packages < <(node -e '
  const fs = require("node:fs");
  const names = new Set();
  for (const f of fs.readdirSync("data/exec").filter((f) => f.endsWith(".json")).sort()) {
    const r = JSON.parse(fs.readFileSync(`data/exec/${f}`, "utf8"));
    if (r.link.package) names.add(r.link.package);
    if (r.run) names.add(r.run.package);
    for (const n of r.needs ?? []) names.add(n.package);
  }
  console.log([...names].sort().join("\n"));
')

missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -eq 0 ]; then
  echo "execution check dependencies already installed: ${packages[*]}"
  exit 0
fi
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}"
echo "installed: ${missing[*]}"
