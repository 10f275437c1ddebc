#!/usr/bin/env bash
# Lints every model: BPMN in bpmn/ with bpmnlint, DMN in dmn/ with dmnlint, each with its recommended
# rules (.bpmnlintrc, .dmnlintrc beside this script). Needs Node.js; installs the pinned linters on first use.
# Usage, from the repository root: tools/lint/run.sh
set -euo pipefail
LINT_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
REPO_ROOT="$(cd "$LINT_DIR/../.." && pwd)"

if [ ! -x "$LINT_DIR/node_modules/.bin/dmnlint" ] || [ ! -x "$LINT_DIR/node_modules/.bin/bpmnlint" ]; then
  (cd "$LINT_DIR" && npm ci --no-audit --no-fund)
fi

shopt -s nullglob
status=0
lint() {
  local linter="$1" folder="$2" extension="$3"
  local files=("$REPO_ROOT/$folder"/*."$extension")
  if [ ${#files[@]} -eq 0 ]; then
    echo "Không có mô hình nào trong $folder/ (no models in $folder/)" >&2
    status=1
    return
  fi
  for f in "${files[@]}"; do
    # The linters read their rc file from the working directory, so run them from tools/lint.
    if (cd "$LINT_DIR" && npx --no-install "$linter" "$f"); then
      echo "$linter OK: ${f#"$REPO_ROOT"/}"
    else
      echo "$linter FAILED: ${f#"$REPO_ROOT"/}" >&2
      status=1
    fi
  done
}
lint bpmnlint bpmn bpmn
lint dmnlint dmn dmn
exit $status
