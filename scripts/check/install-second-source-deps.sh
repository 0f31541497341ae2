#!/usr/bin/env bash
# Installs Debian bookworm's header packages that `npm run check:second-source` compiles against
# (data/second-source/*.json names them with their versions). Safe to run again: apt skips what is there.
set -euo pipefail
export DEBIAN_FRONTEND=noninteractive
cd "$(dirname "$0")/../.."

# Every package the data records name, read from the records so the list has one home.
mapfile -t packages < <(node -e '
  const fs = require("node:fs");
  const dir = "data/second-source";
  const names = new Set();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(".json") && f !== "explanations.json"))
    for (const s of JSON.parse(fs.readFileSync(`${dir}/${f}`, "utf8")).sources)
      for (const p of s.packages ?? []) names.add(`${p.name}=${p.version}`);
  console.log([...names].sort().join("\n"));')

missing=()
for p in "${packages[@]}"; do
  [ "$(dpkg-query -W -f='${Version}' "${p%%=*}" 2>/dev/null || true)" = "${p#*=}" ] || missing+=("$p")
done
if [ "${#missing[@]}" -eq 0 ]; then
  echo "second-source headers: all ${#packages[@]} packages installed"
  exit 0
fi
apt-get -o DPkg::Lock::Timeout=600 update -qq
apt-get -o DPkg::Lock::Timeout=600 install -y -qq --no-install-recommends "${missing[@]}"
