#!/usr/bin/env bash
# Fetches what the dashboard needs from the npm registry, unless already there (a build works
# offline once it has run once).
#   fetch-web-libs.sh main DIR OUT   the dashboard's libraries and map shapes, copied into OUT/vendor
#                                    with their licences: d3 (ISC; scales, axes, brush, map
#                                    projections), cytoscape (MIT; the actor network),
#                                    topojson-client (ISC), world-atlas (ISC; Natural Earth shapes,
#                                    public domain)
#   fetch-web-libs.sh test DIR       playwright-core (Apache-2.0), which drives the system's
#                                    Chromium in the dashboard test; it downloads no browser
set -euo pipefail
what="$1"; dir="$2"
case "$what" in
  main) pkgs=(d3@7.9.2 cytoscape@3.35.0 topojson-client@3.1.0 world-atlas@2.0.2)
        need=("$dir/node_modules/d3/dist/d3.min.js" "$dir/node_modules/cytoscape/dist/cytoscape.min.js"
              "$dir/node_modules/world-atlas/countries-110m.json" "$dir/node_modules/topojson-client/dist/topojson-client.min.js") ;;
  test) pkgs=(playwright-core@1.65.1)
        need=("$dir/node_modules/playwright-core/package.json") ;;
  *) echo "fetch-web-libs: say main or test, not '$what'" >&2; exit 2 ;;
esac
missing=0
for f in "${need[@]}"; do [[ -s "$f" ]] || missing=1; done
if [[ $missing == 1 ]]; then
  command -v npm >/dev/null 2>&1 || { echo "fetch-web-libs: npm is needed to fetch ${pkgs[*]}" >&2; exit 1; }
  mkdir -p "$dir"
  echo "fetch-web-libs: npm install ${pkgs[*]} into $dir" >&2
  npm install --no-save --no-audit --no-fund --no-package-lock --prefer-offline --loglevel=error \
    --prefix "$dir" "${pkgs[@]}" >&2
  for f in "${need[@]}"; do
    [[ -s "$f" ]] || { echo "fetch-web-libs: $f is missing after npm install" >&2; exit 1; }
  done
fi
if [[ $what == main ]]; then
  out="$3/vendor"
  mkdir -p "$out"
  m="$dir/node_modules"
  cp "$m/d3/dist/d3.min.js" "$m/cytoscape/dist/cytoscape.min.js" \
     "$m/topojson-client/dist/topojson-client.min.js" "$m/world-atlas/countries-110m.json" "$out/"
  for p in d3 cytoscape topojson-client world-atlas; do
    cp "$m/$p/LICENSE" "$out/LICENSE.$p"
  done
fi
