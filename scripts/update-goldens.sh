#!/usr/bin/env bash
# Regenerates the golden images of tests/Bridge.Graphics.Tests/golden/ from the current renderer.
# Review every changed PNG by eye before committing it.
set -euo pipefail
cd "$(dirname "$0")/.."
BRIDGE_UPDATE_GOLDENS=1 dotnet test tests/Bridge.Graphics.Tests --filter "FullyQualifiedName~GoldenImageTests"
git status --short tests/Bridge.Graphics.Tests/golden
