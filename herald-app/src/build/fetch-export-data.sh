#!/usr/bin/env bash
# Fetches the country code table the GDELT export needs from the npm registry, unless already
# there (a build works offline once it has run once), and copies it into OUT:
#   fetch-export-data.sh DIR OUT
# Package (pinned): country-code-info (Unlicense): ISO 3166 alpha-2 codes beside the US GEC
# codes (FIPS 10-4's successor), which GDELT's geography fields use.
set -euo pipefail
dir="$1"; out="$2"
pkg=country-code-info@0.3.0
need="$dir/node_modules/country-code-info/data/countries.json"
if [[ ! -s "$need" ]]; then
  command -v npm >/dev/null 2>&1 || { echo "fetch-export-data: npm is needed to fetch $pkg" >&2; exit 1; }
  mkdir -p "$dir"
  echo "fetch-export-data: npm install $pkg into $dir" >&2
  npm install --no-save --no-audit --no-fund --no-package-lock --prefer-offline --loglevel=error \
    --prefix "$dir" "$pkg" >&2
  [[ -s "$need" ]] || { echo "fetch-export-data: $need is missing after npm install" >&2; exit 1; }
fi
mkdir -p "$out"
cp "$need" "$out/country-codes.json"
cp "$dir/node_modules/country-code-info/LICENSE" "$out/LICENSE.country-codes"
