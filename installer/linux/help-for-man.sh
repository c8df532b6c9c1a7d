#!/bin/sh
# help2man runs this in place of kaji (KAJI names the binary): the same
# --help and --version, except that a command's synopsis wrapped over several
# lines in --help is joined into one, so the man page shows it as one term
# with its description below instead of splitting it.
if [ "$1" = --help ]; then
    "$KAJI" --help | awk '
        { match($0, /^ */); indent = RLENGTH }
        indent == 2 { if (held != "") print held; held = $0; next }
        held != "" && indent >= 3 && indent <= 21 { sub(/^ +/, " "); held = held $0; next }
        { if (held != "") print held; held = ""; print }
        END { if (held != "") print held }'
else
    exec "$KAJI" "$@"
fi
