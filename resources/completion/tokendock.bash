# bash completion for tokendock: commands, options, account names, carrier
# ids, environments and formats. Account names and carriers come from
# tokendock itself, so they are always current.

# Account names are data, never code: a name may read `$(...)` or hold
# quotes and spaces (an account file from someone else brings any name), so
# nothing here expands, splits or evaluates one. No `compgen -W` for them:
# it expands its word list.

# Undoes the JSON string escapes of one value into the variable named $1.
# Fails on \uXXXX: only control and format characters are escaped that way,
# and no name made of them can be typed.
_tokendock_unjson()
{
    local in=$2 out="" c
    while [[ -n $in ]]; do
        c=${in:0:1}
        in=${in:1}
        if [[ $c == \\ ]]; then
            c=${in:0:1}
            in=${in:1}
            case $c in
                '"' | \\ | /) ;;
                *) return 1 ;;
            esac
        fi
        out+=$c
    done
    printf -v "$1" '%s' "$out"
}

# The word being completed as the shell will read it, into the variable named
# $1: quotes and backslashes taken off by hand (eval would run what is typed).
_tokendock_dequote()
{
    local in=$2 out="" c quote=""
    while [[ -n $in ]]; do
        c=${in:0:1}
        in=${in:1}
        if [[ $quote == "'" ]]; then
            if [[ $c == "'" ]]; then quote=""; else out+=$c; fi
        elif [[ $quote == '"' ]]; then
            if [[ $c == '"' ]]; then
                quote=""
            elif [[ $c == \\ && -n $in && '"\$`' == *"${in:0:1}"* ]]; then
                out+=${in:0:1}
                in=${in:1}
            else
                out+=$c
            fi
        elif [[ $c == "'" || $c == '"' ]]; then
            quote=$c
        elif [[ $c == \\ ]]; then
            out+=${in:0:1}
            in=${in:1}
        else
            out+=$c
        fi
    done
    printf -v "$1" '%s' "$out"
}

_tokendock_accounts()
{
    local line name
    tokendock list --json 2>/dev/null \
        | sed -n 's/^ *"name": *"\(\([^"\\]\|\\.\)*\)",\{0,1\}$/\1/p' \
        | while IFS= read -r line; do
            _tokendock_unjson name "$line" && printf '%s\n' "$name"
        done
}

_tokendock_carriers()
{
    tokendock carriers --json 2>/dev/null \
        | sed -n 's/^        "id": *"\([^"]*\)",\{0,1\}$/\1/p'
}

# Offers each line the command $1 prints that starts with what is typed,
# quoted so that the completed line holds exactly that text: after an opening
# quote in that quote's way (readline closes it), otherwise with printf %q.
_tokendock_offer()
{
    local typed item quoted
    _tokendock_dequote typed "$cur"
    while IFS= read -r item; do
        [[ -n $item && $item == "$typed"* ]] || continue
        case $cur in
            \'*) quoted=${item//\'/\'\\\'\'} ;;
            \"*)
                if [[ $item == *!* ]]; then
                    # "!" expands even inside double quotes: the whole word instead
                    printf -v quoted '%q' "$item"
                else
                    quoted=${item//\\/\\\\}
                    quoted=${quoted//\"/\\\"}
                    quoted=${quoted//\$/\\\$}
                    quoted=${quoted//\`/\\\`}
                fi
                ;;
            *) printf -v quoted '%q' "$item" ;;
        esac
        COMPREPLY+=("$quoted")
    done < <("$1")
}

_tokendock()
{
    local cur prev command i
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}

    local commands="carriers list add edit rotate remove test probe check token export import sandbox"
    command=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -*) ;;
            *) command=${COMP_WORDS[i]}; break ;;
        esac
    done

    case $prev in
        --carrier)
            _tokendock_offer _tokendock_carriers; return ;;
        --environment)
            mapfile -t COMPREPLY < <(compgen -W "sandbox production production-eu custom" -- "$cur"); return ;;
        --auth)
            mapfile -t COMPREPLY < <(compgen -W "body basic headers" -- "$cur"); return ;;
        --grant-type)
            mapfile -t COMPREPLY < <(compgen -W "client_credentials password csp_credentials client_pc_credentials" -- "$cur"); return ;;
        --format)
            mapfile -t COMPREPLY < <(compgen -W "token header curl httpie powershell env json" -- "$cur"); return ;;
        --copy)
            _tokendock_offer _tokendock_accounts; return ;;
        --signing-key-file)
            mapfile -t COMPREPLY < <(compgen -f -- "$cur"); return ;;
        --probe)
            [[ $command == @(add|edit) ]] && { mapfile -t COMPREPLY < <(compgen -W "on off" -- "$cur"); return; } ;;
        --probe-method)
            mapfile -t COMPREPLY < <(compgen -W "GET HEAD" -- "$cur"); return ;;
        --token-url|--client-id|--param|--header|--name|--port|--clock-offset|--timeout|--warn-days|--min-valid|--api-url|--issuer|--jwks-url|--probe-url|--probe-expect|--field|--expires|--secret-expires)
            return ;;
    esac

    if [[ -z $command ]]; then
        if [[ $cur == -* ]]; then
            mapfile -t COMPREPLY < <(compgen -W "--help --version --demo --minimized --copy --format" -- "$cur")
        else
            mapfile -t COMPREPLY < <(compgen -W "$commands" -- "$cur")
        fi
        return
    fi

    local options=""
    case $command in
        carriers) options="--json --check" ;;
        list) options="--json" ;;
        add) options="--carrier --environment --token-url --client-id --auth --grant-type --param --header --exchange --issuer --jwks-url --signing-key-file --secret-stdin --secret-expires --from-stdin --probe --probe-url --probe-method --probe-expect" ;;
        edit) options="--name --carrier --environment --token-url --client-id --auth --grant-type --param --header --exchange --issuer --jwks-url --signing-key-file --secret-stdin --secret-expires --probe --probe-url --probe-method --probe-expect" ;;
        rotate) options="--secret-stdin --field --expires --json --timeout" ;;
        remove) options="--yes" ;;
        test) options="--json --report --force --timeout --probe --no-probe" ;;
        probe) options="--json --timeout" ;;
        check) options="--all --json --probe --warn-days --notify --timeout" ;;
        token) options="--format --fresh --force --min-valid --api-url --timeout" ;;
        import) options="--overwrite --yes" ;;
        sandbox) options="--port --clock-offset" ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options --help" -- "$cur")
        return
    fi

    # the first word after the command
    local words=0
    for ((i = i + 1; i < COMP_CWORD; i++)); do
        [[ ${COMP_WORDS[i]} != -* && ${COMP_WORDS[i-1]} != --@(carrier|environment|auth|grant-type|format|token-url|client-id|param|header|exchange|name|port|timeout|warn-days|min-valid|api-url|issuer|jwks-url|signing-key-file|probe-url|probe-method|probe-expect|field|expires|secret-expires) ]] && words=$((words + 1))
    done
    case $command in
        edit|rotate|remove|test|token|probe)
            ((words == 0)) && _tokendock_offer _tokendock_accounts ;;
        check)
            _tokendock_offer _tokendock_accounts ;;
        carriers)
            if [[ $prev == --check ]]; then
                mapfile -t COMPREPLY < <(compgen -f -- "$cur")
            elif ((words == 0)); then
                _tokendock_offer _tokendock_carriers
            fi ;;
        export|import)
            ((words == 0)) && mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    esac
}
complete -F _tokendock tokendock
