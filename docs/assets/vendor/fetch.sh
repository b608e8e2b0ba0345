#!/usr/bin/env bash
# Re-create docs/assets/vendor/ from the npm registry (pinned versions). See README.txt.
set -euo pipefail
cd "$(dirname "$0")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent leaflet@1.9.4 world-atlas@2.0.2 topojson-client@3.1.0 >/dev/null)
for pkg in leaflet-1.9.4 world-atlas-2.0.2 topojson-client-3.1.0; do
  mkdir -p "$work/$pkg" && tar xzf "$work/$pkg.tgz" -C "$work/$pkg"
done
rm -rf leaflet world-atlas topojson-client
mkdir -p leaflet/images world-atlas topojson-client
cp "$work"/leaflet-1.9.4/package/dist/{leaflet.js,leaflet.js.map,leaflet.css} leaflet/
cp "$work"/leaflet-1.9.4/package/dist/images/*.png leaflet/images/
cp "$work"/leaflet-1.9.4/package/LICENSE leaflet/LICENSE.txt
cp "$work"/world-atlas-2.0.2/package/LICENSE world-atlas/LICENSE.txt
cp "$work"/topojson-client-3.1.0/package/dist/topojson-client.min.js topojson-client/
cp "$work"/topojson-client-3.1.0/package/LICENSE topojson-client/LICENSE.txt
# A <script> wrapper, because pages opened from disk (file://) may not fetch() JSON.
{ printf 'window.ARCHIVE_WORLD = '; cat "$work"/world-atlas-2.0.2/package/countries-110m.json
  printf ';\n'; } > world-atlas/countries-110m.js
find leaflet world-atlas topojson-client -type f ! -name LICENSE.txt | LC_ALL=C sort |
  xargs sha256sum > SHA256SUMS
