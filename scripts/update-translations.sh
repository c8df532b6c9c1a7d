#!/usr/bin/env bash
# Refreshes translations/*.ts from every layer's sources. Run it after adding
# or changing user-visible strings, then translate the new Japanese entries.
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
lupdate=/usr/lib/qt6/bin/lupdate
[ -x "$lupdate" ] || lupdate=$(command -v lupdate6 || command -v lupdate || true)
[ -x "$lupdate" ] || die "lupdate (Qt 6 linguist tools) not found"
cd "$KAJI_SOURCE_DIR"
"$lupdate" -no-obsolete -locations none -extensions cpp,h app ui models kube -ts translations/kaji_ja.ts
# English is the source language; its file only carries plural forms.
"$lupdate" -no-obsolete -locations none -pluralonly -extensions cpp,h app ui models kube -ts translations/kaji_en.ts
