#!/usr/bin/env bash
# Renders the HTML report of a seed in headless Chromium (Debian: apt-get install chromium)
# and saves the screenshot the README shows. Run from the repository root after `npm run build`.
set -euo pipefail
seed="${1:-seeds/niafunke-goundam-2023-11-24.json}"
out="${2:-docs/report.png}"
page="$(mktemp --suffix=.html)"
trap 'rm -f "$page"' EXIT
# The report is a fragment: the page around it only declares its encoding.
{ echo '<!doctype html><meta charset="utf-8"><title>contested report</title>'; npx contested reconcile "$seed" --format html; } > "$page"
chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=1100,1500 --screenshot="$out" "$page"
