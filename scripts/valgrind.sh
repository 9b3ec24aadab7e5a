#!/usr/bin/env bash
# Runs majlis-cli's main paths under valgrind memcheck on a scratch workspace in a temporary
# folder: init, contacts (Arabic names included), CSV and vCard import and export, search, a
# person's data export, events and their iCalendar file, partners, legislators and an advocacy
# day (when ../shared/data/congress is there), archives, and a sync round trip between laptops
# through a majlis-server started on loopback (plain http, then https trusted by --ca and by
# --fingerprint). majlis-cli has no duplicate finder command; the importers' duplicate
# matching and merging is what runs of it here. Prints a table of command, errors,
# definitely-lost bytes and result; exits non-zero when any run had a memory error, leaked
# definitely, or failed. Each run's valgrind log is kept in build/valgrind/.
#
#   scripts/valgrind.sh
# Builds the debug preset first; MAJLIS_NO_BUILD=1 uses the binaries already in build/debug.
# MAJLIS_VALGRIND_KEEP=1 keeps the scratch folder; MAJLIS_VALGRIND_GEN_SUPP=1 adds
# --gen-suppressions=all to the logs (for studying third-party noise, see tests/valgrind/qt.supp).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"

# valgrind is installed here, not by every build (see scripts/lib/common.sh).
majlis_install_packages valgrind
if [ "${MAJLIS_NO_BUILD:-0}" != 1 ]; then
    majlis_build debug >/dev/null
fi

suppressions="$MAJLIS_ROOT/tests/valgrind/qt.supp"
congress="$MAJLIS_ROOT/../shared/data/congress"
logs="$MAJLIS_ROOT/build/valgrind"
work="$(mktemp -d "${TMPDIR:-/tmp}/majlis-valgrind.XXXXXX")"
server_pid=""
cleanup() {
    if [ -n "$server_pid" ]; then
        kill "$server_pid" 2>/dev/null || true
        wait "$server_pid" 2>/dev/null || true
    fi
    if [ "${MAJLIS_VALGRIND_KEEP:-0}" = 1 ]; then
        echo "Scratch folder kept: $work"
    else
        rm -rf "$work"
    fi
}
trap cleanup EXIT

rm -rf "$logs"
mkdir -p "$logs" "$work/home" "$work/out" "$work/bin"
# Run copies, so that a build started meanwhile cannot swap a binary halfway through.
cli="$work/bin/majlis-cli"
server="$work/bin/majlis-server"
for binary in app/majlis-cli server/majlis-server; do
    [ -x "$MAJLIS_ROOT/build/debug/$binary" ] ||
        { echo "error: build/debug/$binary is missing; build the debug preset first" >&2; exit 1; }
    cp "$MAJLIS_ROOT/build/debug/$binary" "$work/bin/"
done
"$cli" --version >/dev/null && "$server" --version >/dev/null ||
    { echo "error: the debug binaries do not run (is a build still linking them?)" >&2; exit 1; }
# Nothing the runs do may touch the real home folder, settings or keychain.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" XDG_DATA_HOME="$work/home/.local/share"
export XDG_CACHE_HOME="$work/home/.cache" XDG_RUNTIME_DIR="$work/home/run"
mkdir -p "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
export LC_ALL=C.UTF-8
unset DBUS_SESSION_BUS_ADDRESS
# QRegularExpression compiles patterns with PCRE2's JIT, whose machine code reads whole words
# past the end of a string into the unused capacity of its buffer: memcheck reports that as a
# jump on uninitialised values at an address it cannot name ("???"), as it did for the CSV
# import's phone check. Without the JIT, PCRE2's interpreter runs the same patterns one
# character at a time, so memcheck still checks every byte they read and nothing is hidden.
export QT_ENABLE_REGEXP_JIT=0

valgrind_options=(
    --tool=memcheck --leak-check=full --errors-for-leak-kinds=definite --error-exitcode=99
    --suppressions="$suppressions" --track-origins=yes --num-callers=40
)
[ "${MAJLIS_VALGRIND_GEN_SUPP:-0}" = 1 ] && valgrind_options+=(--gen-suppressions=all)

rows=()
failed=0
runs=0
out=""  # standard output of the last run, for the next steps to read

# vg LABEL [--expect CODE] [--stdin FILE] [--grep TEXT] -- ARGS...
# Runs majlis-cli ARGS under memcheck and adds a row to the table. The run passes when
# valgrind found no error (definite leaks count as errors), the exit code is CODE (0 unless
# given) and, with --grep, its standard output contains TEXT.
vg() {
    local label="$1" expect=0 input=/dev/null want="" log rc=0 errors lost result
    shift
    while [ "$1" != -- ]; do
        case "$1" in
            --expect) expect="$2" ;;
            --stdin) input="$2" ;;
            --grep) want="$2" ;;
            *) echo "vg: unknown option $1" >&2; exit 2 ;;
        esac
        shift 2
    done
    shift # --
    runs=$((runs + 1))
    log="$logs/$(printf '%02d' "$runs")-$(printf '%s' "$label" | tr -c 'A-Za-z0-9.-' '_' | cut -c1-60).log"
    out="$log.out"
    valgrind "${valgrind_options[@]}" --log-file="$log" "$cli" "$@" <"$input" >"$out" 2>"$log.err" || rc=$?
    errors="$(sed -n 's/.*ERROR SUMMARY: \([0-9,]*\) errors.*/\1/p' "$log" 2>/dev/null | tail -1 | tr -d ,)"
    lost="$(sed -n 's/.*definitely lost: \([0-9,]*\) bytes.*/\1/p' "$log" 2>/dev/null | tail -1 | tr -d ,)"
    if [ -z "$lost" ] && grep -qs 'no leaks are possible' "$log"; then
        lost=0
    fi
    if [ -z "$errors" ]; then
        result="NO VALGRIND SUMMARY (exit $rc): see $log.err"
        errors='?'
    elif [ "$rc" -eq 99 ] || [ "$errors" -ne 0 ]; then
        result="MEMORY ERRORS: see $log"
    elif [ "$rc" -ne "$expect" ]; then
        result="FAILED (exit $rc, expected $expect): see $log.err"
    elif [ -n "$want" ] && ! grep -qF -- "$want" "$out"; then
        result="FAILED (output lacks \"$want\"): see $out"
    else
        result=ok
    fi
    [ "$result" = ok ] || failed=1
    rows+=("$(printf '%-44s %7s %14s  %s' "$label" "$errors" "${lost:-?}" "$result")")
    echo "  $label: $result" >&2
}

# A row for a step that could not run here.
skipped() {
    rows+=("$(printf '%-44s %7s %14s  %s' "$1" - - "skipped: $2")")
    echo "  $1: skipped ($2)" >&2
}

ws="$work/ws.majlis"
W=(--database "$ws")

# --- Test data ------------------------------------------------------------------------------
# A spreadsheet in UTF-8 with a byte-order mark: Arabic names, accents, a quoted comma and a
# line break inside a field, a row that matches a contact already there (to be merged) and a
# row with mistakes (for the problem report).
printf '\xef\xbb\xbf' >"$work/members.csv"
cat >>"$work/members.csv" <<'EOF'
First Name,Last Name,Email,Phone,City,State,District,Tags,Notes
Fatima,Rahman,fatima.rahman@example.org,(313) 555-0101,Dearborn,MI,12,volunteer;advocacy-2027,"Drives, speaks Arabic"
فاطمة,الزهراء,zahra@example.org,+1 313 555 0102,Dearborn,MI,12,advocacy-2027,ملاحظة: تتحدث العربية والإنجليزية
مُحَمَّد,علي,a@b.org,,Dearborn,MI,12,board,Same person as the one added on the command line
José,Martínez,jose@example.org,617-555-0103,Boston,MA,7,advocacy-2027,"two
lines"
Omar,Siddiqui,not-an-email,555,Chicago,IL,99,,"mistakes: email, phone, district"
Yusuf,Okafor,yusuf@example.org,(773) 555-0104,Chicago,IL,7,advocacy-2027;team-lead,
EOF
# The same kind of sheet as Excel on Windows saves it: UTF-16 with semicolons.
printf 'Name;E-mail Address;Mobile Phone;Notes\r\nمريم حسن;maryam@example.org;+1 202 555 0105;سطر واحد\r\nAisha Karimi;aisha@example.org;202-555-0106;\r\n' |
    iconv -f UTF-8 -t UTF-16 >"$work/members-utf16.csv"
# A vCard 3.0 file from a phone, with what Majlis cannot keep (a photo, X- fields).
cat >"$work/phone.vcf" <<'EOF'
BEGIN:VCARD
VERSION:3.0
N:حداد;خديجة;;;
FN:خديجة حداد
EMAIL;TYPE=INTERNET,HOME:khadija@example.org
TEL;TYPE=CELL:+1 313 555 0107
ADR;TYPE=HOME:;;1 Main St;Dearborn;MI;48126;USA
NOTE:Met at the iftar\, wants to volunteer
PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=
X-SOCIALPROFILE;TYPE=twitter:khadija
END:VCARD
BEGIN:VCARD
VERSION:3.0
N:Rahman;Fatima;;;
FN:Fatima Rahman
EMAIL:fatima.rahman@example.org
ORG:Dearborn Youth Council
END:VCARD
EOF
printf 'not a workspace\n' >"$work/notes.txt"
printf 'a long enough password for valgrind\n' >"$work/password"

echo "Running majlis-cli under valgrind memcheck (logs in $logs):" >&2

# --- Workspace and contacts -----------------------------------------------------------------
vg "init" -- "${W[@]}" init
vg "chapters add" -- "${W[@]}" chapters add Dearborn --region MI --city Dearborn
vg "chapters list" --grep Dearborn -- "${W[@]}" chapters list
vg "contacts add (Arabic name)" -- "${W[@]}" --json contacts add --given "محمد" --family "علي" \
    --email a@b.org --phone "+1 313 555 0100" --chapter Dearborn --state MI --district 12 \
    --tag volunteer --language ar --consent email --notes "يتطوع في أيام المناصرة"
arabic_id="$(grep -o '"id": "[0-9a-f-]*"' "$out" | head -1 | cut -d'"' -f4)"
vg "contacts add (Latin name)" -- "${W[@]}" contacts add --given "Zainab" --family "Haddad" \
    --email zainab@example.org --phone "617 555 0199" --chapter Dearborn --state MA --district 7 \
    --organization "Boston Interfaith" --role Coordinator --tag advocacy-2027
vg "contacts edit" -- "${W[@]}" contacts edit "${arabic_id:0:8}" --tag volunteer --tag board \
    --tag advocacy-2027 --role "Team lead"
vg "contacts show" --grep "$arabic_id" -- "${W[@]}" --json contacts show "${arabic_id:0:8}"
vg "contacts show (unknown id)" --expect 1 -- "${W[@]}" contacts show deadbeef
vg "open a file that is no workspace" --expect 1 -- --database "$work/notes.txt" contacts list

# --- Import and export ----------------------------------------------------------------------
vg "import csv --dry-run --report" -- "${W[@]}" import csv "$work/members.csv" --dry-run \
    --report "$work/out/problems.csv"
vg "import csv (UTF-8, Arabic, merge)" -- "${W[@]}" import csv "$work/members.csv" --chapter Dearborn
vg "import csv (UTF-16, semicolons, skip)" -- "${W[@]}" import csv "$work/members-utf16.csv" \
    --duplicates skip --map "Notes=notes"
vg "import vcard (3.0, photo, X-)" -- "${W[@]}" import vcard "$work/phone.vcf" --chapter Dearborn
vg "contacts search (Arabic prefix)" --grep "فاطمة" -- "${W[@]}" contacts search "فاطم"
vg "contacts search (harakat)" --grep "محمد" -- "${W[@]}" contacts search "مُحَمَّد"
vg "contacts search (accent, prefix)" --grep "José" -- "${W[@]}" contacts search jose
vg "contacts search (phone digits)" --grep "Rahman" -- "${W[@]}" --json contacts search 5550101
vg "contacts list" -- "${W[@]}" contacts list --chapter Dearborn --tag advocacy-2027
vg "export csv" -- "${W[@]}" export csv "$work/out/all.csv"
vg "export csv --tag" -- "${W[@]}" export csv "$work/out/board.csv" --tag board
vg "export vcard (4.0)" -- "${W[@]}" export vcard "$work/out/all.vcf"
vg "export vcard (3.0, --search)" -- "${W[@]}" export vcard "$work/out/dearborn-3.vcf" --version 3.0 --search Dearborn
vg "export vcard (2.1)" -- "${W[@]}" export vcard "$work/out/all-21.vcf" --version 2.1
vg "contacts export-data" -- "${W[@]}" contacts export-data "${arabic_id:0:8}" "$work/out/person.json"

# A second workspace takes back what the first exported.
ws2="$work/reimport.majlis"
vg "init (second workspace)" -- --database "$ws2" init
vg "import vcard (own 4.0 export)" -- --database "$ws2" import vcard "$work/out/all.vcf"
vg "import csv (own export)" -- --database "$ws2" import csv "$work/out/all.csv" --duplicates merge
vg "import vcard (own 2.1 export, dry run)" -- --database "$ws2" import vcard "$work/out/all-21.vcf" --dry-run

# A merge of two records of one person, then an erasure on request (the importers' matching
# and merging, --duplicates merge/skip, ran above).
vg "contacts add (to merge)" -- --database "$ws2" --json contacts add --given "Khadija" --family "Omar" \
    --email khadija@example.org --tag donor
keep_id="$(grep -o '"id": "[0-9a-f-]*"' "$out" | head -1 | cut -d'"' -f4)"
vg "contacts add (duplicate)" -- --database "$ws2" --json contacts add --given "Khadijah" --family "Omar" \
    --email k.omar@work.example.org --phone "+1 313 555 0177" --tag volunteer
other_id="$(grep -o '"id": "[0-9a-f-]*"' "$out" | head -1 | cut -d'"' -f4)"
vg "contacts merge" --grep "Khadija" -- --database "$ws2" contacts merge "${keep_id:0:8}" "${other_id:0:8}"
vg "contacts erase (without --yes)" --expect 2 -- --database "$ws2" contacts erase "${keep_id:0:8}"
vg "contacts erase" -- --database "$ws2" contacts erase "${keep_id:0:8}" --yes

# --- Partners and events --------------------------------------------------------------------
vg "partners add" -- "${W[@]}" partners add "مسجد النور" --kind mosque --area voting \
    --area civil_rights --status active --city Dearborn --region MI --chapter Dearborn
vg "partners list" -- "${W[@]}" partners list --area voting
vg "partners show" --grep "مسجد النور" -- "${W[@]}" partners show "مسجد النور"
vg "events create" -- "${W[@]}" events create "Voter drive" --start "2027-05-01 18:30" \
    --end "2027-05-01 21:00" --kind voter_registration --place "Dearborn Library" --chapter Dearborn
vg "events checkin" -- "${W[@]}" events checkin "Voter drive" "${arabic_id:0:8}"
vg "events checkin --walk-in" -- "${W[@]}" events checkin "Voter drive" --walk-in --given "Zainab" \
    --family "Yusuf" --email z.yusuf@example.org
vg "events list" -- "${W[@]}" events list
vg "events attendance --csv" -- "${W[@]}" events attendance "Voter drive" --csv "$work/out/attendance.csv"
vg "events calendar (iCalendar)" -- "${W[@]}" events calendar "$work/out/events.ics"

# --- Legislators and an advocacy day --------------------------------------------------------
if [ -f "$congress/legislators-current.csv" ]; then
    vg "legislators import" -- "${W[@]}" legislators import "$congress/legislators-current.csv"
    vg "legislators import (again, update)" -- "${W[@]}" legislators import "$congress/legislators-current.csv"
    vg "legislators list --state MI" -- "${W[@]}" legislators list --state MI
else
    skipped "legislators import" "no $congress/legislators-current.csv"
fi
vg "day create" -- "${W[@]}" day create "Spring Advocacy Day" --date 2027-03-04 \
    --ask "H.R. 1234: No Ban Act" --ask "S. 99: Voting Rights"
vg "day attendees add --tag" -- "${W[@]}" day attendees add "Spring Advocacy Day" --tag advocacy-2027
vg "day attendees add --role team_lead" -- "${W[@]}" day attendees add "Spring Advocacy Day" \
    "${arabic_id:0:8}" --role team_lead
vg "day attendees list" -- "${W[@]}" day attendees list "Spring Advocacy Day"
vg "day schedule" -- "${W[@]}" day schedule "Spring Advocacy Day"
vg "day export --ics" -- "${W[@]}" day export "Spring Advocacy Day" --ics "$work/out/day.ics"
mkdir -p "$work/out/calendars"
vg "day export --ics --per-attendee" -- "${W[@]}" day export "Spring Advocacy Day" \
    --ics "$work/out/calendars" --per-attendee
vg "day export --csv" -- "${W[@]}" day export "Spring Advocacy Day" --csv "$work/out/schedule.csv"
vg "day export --pdf (Arabic, fonts)" -- "${W[@]}" day export "Spring Advocacy Day" --pdf "$work/out/itineraries.pdf"

# --- Archives and demo data -----------------------------------------------------------------
vg "export archive" -- "${W[@]}" export archive "$work/out/backup.majlis"
vg "import archive (empty workspace)" -- --database "$work/restored.majlis" import archive "$work/out/backup.majlis"
vg "demo --count 50" -- --database "$work/demo.majlis" demo --count 50

# --- Sync round trip through majlis-server on loopback --------------------------------------
# The server runs without valgrind: it is the counterpart here, not what is tested. First over
# plain http, which both the server and majlis-cli allow to loopback only; then over https with
# a certificate made for the run, trusted once as the organization's authority (--ca) and once
# by its fingerprint, as the README's trial does.
mkdir -p "$work/server"
printf '[server]\ndatabase=server.sqlite\nlisten=127.0.0.1\nport=0\n[security]\nkdf_iterations=1000\n' \
    >"$work/server/server.conf"
"$server" init --config "$work/server/server.conf" --organization "Valgrind trial" >/dev/null
"$server" adduser --config "$work/server/server.conf" --name amina --role organizer --chapter Dearborn \
    <"$work/password" >/dev/null
printf 'not the password\n' >"$work/wrong-password"

# start_server [ARGS...]: majlis-server run on any free loopback port; sets server_pid and port
# (empty when it did not start, with a failed row in the table).
start_server() {
    "$server" run --config "$work/server/server.conf" --port 0 "$@" >"$work/server/out" 2>"$work/server/err" &
    server_pid=$!
    port=""
    for _ in $(seq 1 100); do
        port="$(awk '$1 == "listening" { print $3 }' "$work/server/out")"
        [ -n "$port" ] && return 0
        kill -0 "$server_pid" 2>/dev/null || break
        sleep 0.2
    done
    rows+=("$(printf '%-44s %7s %14s  %s' "majlis-server run $*" - - \
        "FAILED: the server did not start: $(tr '\n' ' ' <"$work/server/err")")")
    failed=1
}
stop_server() {
    kill "$server_pid" 2>/dev/null || true
    wait "$server_pid" 2>/dev/null || true
    server_pid=""
}

start_server
if [ -n "$port" ]; then
    url="http://127.0.0.1:$port"
    laptop2="$work/laptop2.majlis"
    vg "sync http (laptop 1, first: push)" --stdin "$work/password" --grep pushed -- "${W[@]}" --json sync \
        --password-stdin --server "$url" --user amina
    vg "init (laptop 2)" -- --database "$laptop2" init
    vg "sync http (laptop 2, first: pull)" --stdin "$work/password" -- --database "$laptop2" sync \
        --password-stdin --server "$url" --user amina
    vg "contacts edit (laptop 2)" -- --database "$laptop2" contacts edit "${arabic_id:0:8}" \
        --notes "edited on laptop 2 ✓ تم التعديل"
    vg "sync http (laptop 2: push the edit)" --stdin "$work/password" -- --database "$laptop2" sync --password-stdin
    vg "sync http (laptop 1: pull the edit)" --stdin "$work/password" -- "${W[@]}" sync --password-stdin
    vg "contacts show (the edit arrived)" --grep "edited on laptop 2" -- "${W[@]}" --json contacts show "${arabic_id:0:8}"
    vg "sync http (wrong password)" --expect 1 --stdin "$work/wrong-password" -- "${W[@]}" sync --password-stdin
    stop_server
fi

if openssl req -x509 -newkey rsa:2048 -nodes -keyout "$work/server/key.pem" -out "$work/server/cert.pem" -days 2 \
    -subj /CN=127.0.0.1 -addext subjectAltName=IP:127.0.0.1 >/dev/null 2>&1; then
    fingerprint="$(openssl x509 -in "$work/server/cert.pem" -noout -fingerprint -sha256 | cut -d= -f2)"
    start_server --tls-cert "$work/server/cert.pem" --tls-key "$work/server/key.pem"
    if [ -n "$port" ]; then
        url="https://127.0.0.1:$port"
        laptop3="$work/laptop3.majlis"
        vg "init (laptop 3)" -- --database "$laptop3" init
        vg "sync https --ca (laptop 3: pull)" --stdin "$work/password" -- --database "$laptop3" sync --password-stdin \
            --server "$url" --user amina --ca "$work/server/cert.pem"
        vg "contacts show (laptop 3)" --grep "edited on laptop 2" -- --database "$laptop3" --json contacts show "${arabic_id:0:8}"
        vg "sync https --fingerprint (laptop 1)" --stdin "$work/password" -- "${W[@]}" sync --password-stdin \
            --server "$url" --fingerprint "$fingerprint"
        # Another certificate's fingerprint (the last byte changed) must be refused.
        vg "sync https (wrong fingerprint)" --expect 1 --stdin "$work/password" -- "${W[@]}" sync --password-stdin \
            --fingerprint "${fingerprint%:*}:$([ "${fingerprint##*:}" = 00 ] && echo 01 || echo 00)"
        stop_server
    fi
else
    skipped "sync https" "openssl could not make a certificate"
fi

echo
printf '%-44s %7s %14s  %s\n' command errors "definitely lost" result | tee "$logs/summary.txt"
printf '%s\n' "${rows[@]}" | tee -a "$logs/summary.txt"
if [ "$failed" -ne 0 ]; then
    echo "valgrind: some runs failed; their logs are in $logs" >&2
fi
exit "$failed"
