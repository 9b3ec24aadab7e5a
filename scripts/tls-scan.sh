#!/usr/bin/env bash
# Scans the TLS that the packaged nginx site (packaging/server/nginx-majlis.conf) offers, with
# majlis-server behind it: the site file itself, with only its name, ports, certificate and log
# paths changed so that it runs privately on loopback high ports. Prints which protocol
# versions sslscan finds enabled and the TLS 1.2 ciphers, and exits non-zero if SSLv2, SSLv3,
# TLS 1.0 or TLS 1.1 is accepted, TLS 1.2 or 1.3 is missing, or a TLS 1.2 cipher is not an
# ECDHE (forward secret) AEAD one; `openssl s_client` cross-checks the versions.
#
#   scripts/tls-scan.sh
#
# Environment: MAJLIS_NO_BUILD=1 uses the release build as it is; MAJLIS_LOAD_KEEP=1 keeps the
# scratch folder (configs, logs, scan output).
set -euo pipefail
source "$(dirname "$0")/lib/common.sh"
# shellcheck source=../tests/load/lib.sh
source "$MAJLIS_ROOT/tests/load/lib.sh"

majlis_install_packages nginx-light sslscan curl
if [ "${MAJLIS_NO_BUILD:-0}" != 1 ]; then
    majlis_build release >/dev/null
fi
[ -x "$MAJLIS_SERVER_BIN" ] || { echo "error: $MAJLIS_SERVER_BIN is missing; build the release preset" >&2; exit 1; }

load_setup tls-scan
# An ECDSA certificate, as certbot (Debian 12) issues by default; so the TLS 1.2 ciphers found
# are the ECDHE-ECDSA half of the site's list.
load_make_cert
dir="$LOAD_DIR"
mkdir -p "$dir/logs"

printf '[server]\ndatabase=%s/server.sqlite\n' "$dir" >"$dir/server.conf"
"$MAJLIS_SERVER_BIN" init --config "$dir/server.conf" --organization "TLS scan" >/dev/null
load_start_server "$dir/server.conf"

http_port="$(load_free_port)"
https_port="$(load_free_port)"
control_port="$(load_free_port)"
# The packaged site, moved to loopback: IPv4 listeners on our ports (the IPv6 ones dropped),
# a made-up name, our certificate, logs and server port. Nothing else is touched.
sed -e "s|sync\.example\.org|majlis.test|g" \
    -e "s|^\(\s*\)listen 80;|\1listen 127.0.0.1:$http_port;|" \
    -e "s|^\(\s*\)listen 443 ssl http2;|\1listen 127.0.0.1:$https_port ssl http2;|" \
    -e "/^\s*listen \[::\]:/d" \
    -e "s|/etc/ssl/certs/majlis-fullchain\.pem|$dir/tls/cert.pem|" \
    -e "s|/etc/ssl/private/majlis\.key|$dir/tls/key.pem|" \
    -e "s|/var/log/nginx/|$dir/logs/|g" \
    -e "s|127\.0\.0\.1:8470|127.0.0.1:$LOAD_SERVER_PORT|g" \
    "$MAJLIS_ROOT/packaging/server/nginx-majlis.conf" >"$dir/site.conf"
# If the packaged file changes so that an edit above no longer applies, say so instead of
# scanning something else (or failing to start on port 443).
for leftover in 'example\.org' 'listen 80;' 'listen 443' '/etc/ssl/' '/var/log/' ':8470'; do
    if grep -q "$leftover" "$dir/site.conf"; then
        echo "error: the packaged site still has '$leftover' after editing; update scripts/tls-scan.sh" >&2
        exit 1
    fi
done

# A control site on a third port that does accept TLS 1.0 and 1.1. OpenSSL 3 (security level 2
# on Debian) refuses them on the client side too, so without this a "disabled" could mean the
# scanner could not even try. The checks below must see them enabled here.
cat >>"$dir/site.conf" <<EOF

# Control for scripts/tls-scan.sh, not part of the packaged site: old protocols on purpose.
server {
    listen 127.0.0.1:$control_port ssl;
    ssl_certificate     $dir/tls/cert.pem;
    ssl_certificate_key $dir/tls/key.pem;
    ssl_protocols TLSv1 TLSv1.1 TLSv1.2 TLSv1.3;
    ssl_ciphers DEFAULT:@SECLEVEL=0;
    access_log off;
    return 404;
}
EOF
load_start_nginx "$dir/site.conf" "$https_port" "$dir/nginx"

failed=0
fail() {
    echo "FAIL: $*"
    failed=1
}

# sslscan's protocol lines, "TLSv1.2   enabled", as "TLSv1.2 enabled".
protocols_of() {
    sslscan --no-colour "127.0.0.1:$1" >"$dir/sslscan-$1.txt" 2>&1 || true
    awk '/SSL\/TLS Protocols:/{on=1; next} on && NF==0{exit} on{print $1, $2}' "$dir/sslscan-$1.txt"
}
state_of() { awk -v p="$1" '$1==p{print $2}' <<<"$2"; }

# Whether `openssl s_client` completes a handshake with only protocol $2. The cipher string at
# security level 0 lets the client offer TLS 1.0/1.1 at all (see the control site).
handshake() {
    if openssl s_client -connect "127.0.0.1:$1" -servername majlis.test "-$2" -cipher 'DEFAULT:@SECLEVEL=0' \
        </dev/null >"$dir/s_client-$1-$2.txt" 2>&1; then
        echo accepted
    else
        echo refused
    fi
}

echo "== control site (TLS 1.0-1.3 on purpose): can this machine detect old protocols?"
control="$(protocols_of "$control_port")"
if [ "$(state_of TLSv1.0 "$control")" = enabled ] && [ "$(state_of TLSv1.1 "$control")" = enabled ] \
    && [ "$(handshake "$control_port" tls1_1)" = accepted ]; then
    echo "yes: sslscan finds TLS 1.0 and 1.1 enabled there, and openssl s_client -tls1_1 connects"
else
    fail "sslscan or openssl cannot detect TLS 1.0/1.1 on this machine, so the scan below proves nothing"
    echo "$control"
fi

echo
echo "== packaged site (packaging/server/nginx-majlis.conf) on 127.0.0.1:$https_port, sslscan $(dpkg-query -W -f='${Version}' sslscan 2>/dev/null || true)"
site="$(protocols_of "$https_port")"
[ -n "$site" ] || { cat "$dir/sslscan-$https_port.txt"; fail "sslscan printed no protocol list"; }
for protocol in SSLv2 SSLv3 TLSv1.0 TLSv1.1 TLSv1.2 TLSv1.3; do
    state="$(state_of "$protocol" "$site")"
    printf '%-8s %s\n' "$protocol" "${state:-not reported}"
    case "$protocol:$state" in
        TLSv1.2:enabled | TLSv1.3:enabled) ;;
        TLSv1.2:* | TLSv1.3:*) fail "$protocol is not enabled" ;;
        *:disabled) ;;
        *) fail "$protocol is ${state:-not reported}" ;;
    esac
done

echo
echo "Ciphers accepted (sslscan):"
grep -E '^(Preferred|Accepted) ' "$dir/sslscan-$https_port.txt" | awk '{printf "  %-7s %-30s %s bits\n", $2, $5, $3}'
# TLS 1.3's suites are all AEAD with ephemeral keys; TLS 1.2's must be ECDHE with GCM or
# ChaCha20-Poly1305, as the site's comment promises.
while read -r cipher; do
    [[ "$cipher" =~ ^ECDHE-(ECDSA|RSA)-(AES(128|256)-GCM-SHA(256|384)|CHACHA20-POLY1305)$ ]] \
        || fail "TLS 1.2 cipher $cipher is not an ECDHE AEAD cipher"
done < <(awk '/^(Preferred|Accepted) +TLSv1\.2 /{print $5}' "$dir/sslscan-$https_port.txt")

echo
echo "openssl s_client cross-check:"
for protocol in tls1 tls1_1 tls1_2 tls1_3; do
    answer="$(handshake "$https_port" "$protocol")"
    printf '  -%-7s %s\n' "$protocol" "$answer"
    case "$protocol:$answer" in
        tls1:refused | tls1_1:refused | tls1_2:accepted | tls1_3:accepted) ;;
        *) fail "openssl s_client -$protocol was $answer" ;;
    esac
done

# The site in front of a real server: an API call goes through with the security headers, and
# plain HTTP only redirects.
echo
headers="$(curl -sS -o /dev/null -D - --cacert "$dir/tls/cert.pem" -H 'Content-Type: application/json' \
    -d '{"protocol":99,"schema":99}' "https://127.0.0.1:$https_port/v1/hello" || true)"
status="$(awk 'NR==1{print $2}' <<<"$headers")"
echo "POST /v1/hello through the site: HTTP ${status:-no answer}"
[ "$status" = 200 ] || fail "majlis-server did not answer through the site"
for header in 'strict-transport-security: max-age=63072000' 'x-content-type-options: nosniff' 'cache-control: no-store'; do
    grep -qi "^$header" <<<"$headers" || fail "the answer lacks '$header'"
done
redirect="$(curl -sS -o /dev/null -w '%{http_code} %{redirect_url}' "http://127.0.0.1:$http_port/v1/hello" || true)"
echo "plain HTTP: $redirect"
[[ "$redirect" == "301 https://"* ]] || fail "plain HTTP does not redirect to HTTPS"

echo
if [ "$failed" -eq 0 ]; then
    echo "Summary: only TLS 1.2 and TLS 1.3 are accepted (SSLv2, SSLv3, TLS 1.0, TLS 1.1 refused), TLS 1.2 offers only"
    echo "ECDHE AEAD ciphers, and the packaged site serves majlis-server with HSTS, nosniff and no-store."
else
    echo "Summary: FAILED (see FAIL lines above)."
fi
exit "$failed"
