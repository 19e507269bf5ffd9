#!/usr/bin/env bash
# Render benchmark of the demo app's real pages (home, details, search, settings, player) hosted as the app runs them, on
# headless GLES (llvmpipe): per page, the focus-move frames (damage-only redraw) beside the same frames drawn whole,
# taking turns in one run; medians with sample counts, and a byte-for-byte check of damage vs full redraw.
# Usage: scripts/render-bench.sh [--moves N] [--warmup N] [--size WxH] [--screenshots DIR]
#   e.g. scripts/render-bench.sh --moves 100 --screenshots out/render-bench   writes out/render-bench/home.png, …
set -euo pipefail
cd "$(dirname "$0")/.."
exec scripts/demo bench render --script bridge/Bridge.Demo/render-bench.json "$@"
