#!/usr/bin/env bash
# Regenerates the golden images of tests/Bridge.Graphics.Tests/golden/ (engine scenes) and
# tests/Bridge.Cli.Tests/golden/ (the demo's pages at 1280x720 and 1920x1080) from the current renderer.
# Review every changed PNG by eye before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
BRIDGE_UPDATE_GOLDENS=1 dotnet test tests/Bridge.Graphics.Tests --filter "FullyQualifiedName~GoldenImageTests"
BRIDGE_UPDATE_GOLDENS=1 dotnet test tests/Bridge.Cli.Tests -c Release --filter "FullyQualifiedName~DemoGoldenTests"
git status --short tests/Bridge.Graphics.Tests/golden tests/Bridge.Cli.Tests/golden
