#!/usr/bin/env bash
# Runs the render benchmark (TV home page at 1280x720 and 1920x1080 on headless GLES / llvmpipe).
# Usage: scripts/render-bench.sh [--frames N] [--warmup N] [--screenshots DIR]
#   e.g. scripts/render-bench.sh --screenshots out/render-bench   writes out/render-bench/home-1280x720.png, home-1920x1080.png
set -euo pipefail
cd "$(dirname "$0")/.."
export LIBGL_ALWAYS_SOFTWARE="${LIBGL_ALWAYS_SOFTWARE:-1}"
exec dotnet run -c Release --project scripts/RenderBench/RenderBench.csproj -- "$@"
