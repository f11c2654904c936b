#!/bin/bash
# SPDX-License-Identifier: Apache-2.0
# shellcheck disable=SC2016 # typed words such as '$(t' are meant not to expand
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

# names are data, never code: pressing Tab must not run what an account name
# (typed by anyone who shared an account file) spells out
marker=$home/completion-ran-a-name
dollar="\$(touch $marker-dollar)"
backtick="\`touch $marker-backtick\`"
bang='bang!history'
for name in acme-banyan "acme dhl" "$dollar" "$backtick" "it's \"quoted\" \\ too" "$bang"; do
    printf 'secret-%s\n' "$name" | tokendock add "$name" --carrier oauth2 --environment custom \
        --token-url https://auth.example.com/token --client-id c --secret-stdin >/dev/null \
        || { echo "setup: could not add $name (needs a keyring: run under packaging/dev.sh keyring)"; exit 1; }
done

# shellcheck source=/dev/null
source "$completion"

# a line as typed; the words as bash splits them go to expect_words below
expect() {
    local line=$1 want=$2 words
    read -r -a words <<<"$line"
    [[ $line == *" " ]] && words+=("")
    expect_words "$want" "${words[@]}"
}

expect "tokendock t" "test|token|"
expect "tokendock p" "probe|"
expect "tokendock r" "remove|rotate|"
expect "tokendock rotate acme-b" "acme-banyan|"
expect "tokendock rotate acme-banyan --e" "--expires|"
expect "tokendock edit acme-banyan --secret-e" "--secret-expires|"
expect "tokendock ch" "check|"
expect "tokendock check acme-b" "acme-banyan|"
expect "tokendock check acme-banyan acme-b" "acme-banyan|"
expect "tokendock check --n" "--notify|"
expect "tokendock check --warn-days " "|"
expect "tokendock probe acme-b" "acme-banyan|"
expect "tokendock test acme-banyan --no-p" "--no-probe|"
expect "tokendock edit acme-banyan --probe o" "off|on|"
expect "tokendock --mi" "--minimized|"
expect "tokendock token acme-b" "acme-banyan|"
expect "tokendock token acme-banyan --format c" "curl|"
expect "tokendock add x --carrier dh" "dhl-ecs|"
expect "tokendock add x --carrier f" "fedex|"
expect "tokendock carriers proj" "project44|"
expect "tokendock test acme-banyan --j" "--json|"
expect "tokendock test acme-banyan --f" "--force|"
expect "tokendock token acme-banyan --f" "--force|--format|--fresh|"
expect "tokendock remove --" "--help|--yes|"
expect "tokendock --copy acme-" "acme-banyan|"

# the same, with the words as bash splits them (a word may hold spaces and quotes)
expect_words() {
    local want=$1
    shift
    COMP_WORDS=("$@")
    COMP_CWORD=$((${#COMP_WORDS[@]} - 1))
    COMPREPLY=()
    _tokendock
    local got
    got=$(printf "%s\n" "${COMPREPLY[@]}" | sort | tr "\n" "|")
    if [[ $got == "$want" ]]; then
        echo "ok    '${COMP_WORDS[*]}' -> $got"
    else
        echo "FAIL  '${COMP_WORDS[*]}' -> '$got', expected '$want'"
        failures=$((failures + 1))
    fi
}

# offered quoted, so the line the user ends up with means the name itself
printf -v q_dollar '%q' "$dollar"
printf -v q_backtick '%q' "$backtick"
printf -v q_quoted '%q' "it's \"quoted\" \\ too"
expect_words "$q_dollar|" tokendock test '$'
expect_words "$q_dollar|" tokendock test '$(t'
expect_words "$q_backtick|" tokendock token '`'
expect_words "$q_quoted|" tokendock test 'it'
expect_words "$q_quoted|" tokendock test "it\\'s"
expect_words "$q_dollar|" tokendock --copy '$'
expect_words "acme\\ dhl|" tokendock test 'acme\ d'
# after an opening quote, quoted the way of that quote (readline adds the closing one)
expect_words "acme dhl|" tokendock test '"acme d'
expect_words "it'\\''s \"quoted\" \\ too|" tokendock test "'it"
expect_words "it's \\\"quoted\\\" \\\\ too|" tokendock test '"it'
expect_words "\\\$(touch $marker-dollar)|" tokendock test '"$'
# "!" is history expansion even inside double quotes: offered as a whole word
expect_words "bang\\!history|" tokendock test '"bang'
all=$(printf '%s\n' "$q_dollar" "$q_backtick" "$q_quoted" 'acme\ dhl' acme-banyan 'bang\!history' | sort | tr "\n" "|")
expect_words "$all" tokendock remove ''
for what in dollar backtick; do
    if [[ -e $marker-$what ]]; then
        echo "FAIL  completing an account name ran the command in it ($what)"
        failures=$((failures + 1))
    else
        echo "ok    the command in the $what name did not run"
    fi
done

echo "$failures failed"
[[ $failures -eq 0 ]]
