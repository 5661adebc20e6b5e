#!/usr/bin/env bash
# Renders the HTML report page of a seed in headless Chromium (Debian: apt-get install chromium)
# and saves the screenshot the README shows. Run from the repository root after `npm run build`.
set -euo pipefail
seed="${1:-seeds/niafunke-goundam-2023-11-24.json}"
out="${2:-docs/report.png}"
page="$(mktemp --suffix=.html)"
profile="$(mktemp -d)"
trap 'rm -rf "$page" "$profile"' EXIT
# --page writes a whole document: doctype, UTF-8, title, and the report's own style.
npx contested reconcile "$seed" --format html --page > "$page"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1100,1500 --screenshot="$out" "$page"
