#!/usr/bin/env bash
# Renders the HTML report page of a seed in headless Chromium (Debian: apt-get install chromium)
# and saves the screenshot the README shows. Run from the repository root after `npm run build`.
set -euo pipefail
# `bash docs/screenshot.sh workbench [out.png]`: the workbench page instead, with the sample article's
# drafted claims being confirmed beside the live report (examples/workbench/screenshot.ts drives the page).
if [ "${1:-}" = "workbench" ]; then
  exec npx tsx examples/workbench/screenshot.ts "${2:-docs/workbench.png}"
fi
seed="${1:-seeds/niafunke-goundam-2023-11-24.json}"
out="${2:-docs/report.png}"
page="$(mktemp --suffix=.html)"
profile="$(mktemp -d)"
trap 'rm -rf "$page" "$profile"' EXIT
# --page writes a whole document: doctype, UTF-8, title, and the report's own style.
npx contested reconcile "$seed" --format html --page > "$page"
chromium --headless --no-sandbox --disable-gpu --no-first-run --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --hide-scrollbars --window-size=1100,1500 --screenshot="$out" "$page"
