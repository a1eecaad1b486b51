#!/usr/bin/env bash
# Render a .docx the way a reviewer sees it: LibreOffice → PDF, then page 1 → PNG.
#   scripts/render.sh in.docx out-prefix   →  out-prefix.pdf, out-prefix.png
# A private LibreOffice profile keeps the conversion independent of any running office.
set -eu  # POSIX sh: the README runs it as `sh scripts/render.sh`

if [ $# -ne 2 ]; then
  echo "usage: $0 in.docx out-prefix" >&2
  exit 2
fi
in=$1
prefix=$2
outdir=$(mktemp -d)
trap 'rm -rf "$outdir"' EXIT

soffice -env:UserInstallation=file:///tmp/lo-render --headless --convert-to pdf --outdir "$outdir" "$in" >&2
pdf="$outdir/$(basename "${in%.*}").pdf"
if [ ! -s "$pdf" ]; then
  echo "LibreOffice did not produce a PDF for $in" >&2
  exit 1
fi
mkdir -p "$(dirname "$prefix")"
cp "$pdf" "$prefix.pdf"
# pdftoppm appends the page number to the name; -singlefile keeps it to prefix.png.
pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$prefix.pdf" "$prefix"
echo "$prefix.png"
