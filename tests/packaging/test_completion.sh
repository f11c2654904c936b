#!/bin/bash
# Drives the bash completion the way bash does and checks what it offers:
# commands, options, account names (from tokendock list), carrier ids and
# formats. Usage: test_completion.sh DIR_WITH_TOKENDOCK COMPLETION_FILE
set -u
bindir=$1
completion=$2
export PATH="$bindir:$PATH"
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
export HOME=$home XDG_CONFIG_HOME=$home/.config
failures=0

for name in acme-banyan "acme dhl"; do
    printf 'secret-%s\n' "$name" | tokendock add "$name" --carrier oauth2 --environment custom \
        --token-url https://auth.example.com/token --client-id c --secret-stdin >/dev/null \
        || { echo "setup: could not add $name (needs a keyring: run under packaging/dev.sh keyring)"; exit 1; }
done

# shellcheck source=/dev/null
source "$completion"

expect() {
    local line=$1 want=$2
    read -r -a COMP_WORDS <<<"$line"
    [[ $line == *" " ]] && COMP_WORDS+=("")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _tokendock
    local got
    got=$(printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" "|")
    if [[ $got == "$want" ]]; then
        echo "ok    '$line' -> $got"
    else
        echo "FAIL  '$line' -> '$got', expected '$want'"
        failures=$((failures + 1))
    fi
}

expect "tokendock t" "test|token|"
expect "tokendock --mi" "--minimized|"
expect "tokendock test " "acme dhl|acme-banyan|"
expect "tokendock token acme-b" "acme-banyan|"
expect "tokendock token acme-banyan --format c" "curl|"
expect "tokendock add x --carrier dh" "dhl-ecs|"
expect "tokendock add x --carrier f" "fedex|"
expect "tokendock test acme-banyan --j" "--json|"
expect "tokendock remove --" "--help|--yes|"
expect "tokendock --copy acme-" "acme-banyan|"

echo "$failures failed"
[[ $failures -eq 0 ]]
