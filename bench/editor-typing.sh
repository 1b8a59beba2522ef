#!/usr/bin/env bash
# Typing latency in the story editor: a 10,000-word story with 50 images opened in Chromium, 250 keystrokes typed at its
# end and 250 in its middle, each timed from keydown to the next animation frame after the editor updated the page,
# and as many into the same story in the Markdown view's plain textarea (the baseline, interleaved in the same run).
# The measuring runs in Byline.BrowserTests (Bench/EditorTypingBenchmark.cs), which has the host, the browser and a
# signed-in member; without BYLINE_BENCH_EDITOR_TYPING (set here) it runs there as a short test that every keystroke arrives.
#
#   bench/editor-typing.sh            # writes bench/results/editor-typing.md (or $OUTPUT) and prints it
set -euo pipefail
cd "$(dirname "$0")/.."

OUTPUT=${OUTPUT:-$PWD/bench/results/editor-typing.md}
dotnet build tests/Byline.BrowserTests >/dev/null
BYLINE_BENCH_EDITOR_TYPING="$OUTPUT" dotnet test --project tests/Byline.BrowserTests --no-build -- \
  --filter-class 'Byline.BrowserTests.Bench.EditorTypingBenchmark' >/dev/null
cat "$OUTPUT"
