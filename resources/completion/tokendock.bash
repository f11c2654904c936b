# bash completion for tokendock: commands, options, account names, carrier
# ids, environments and formats. Account names and carriers come from
# tokendock itself, so they are always current.

_tokendock_accounts()
{
    tokendock list --json 2>/dev/null \
        | sed -n 's/^ *"name": *"\(\([^"\\]\|\\.\)*\)",\{0,1\}$/\1/p'
}

_tokendock_carriers()
{
    tokendock carriers --json 2>/dev/null \
        | sed -n 's/^        "id": *"\([^"]*\)",\{0,1\}$/\1/p'
}

_tokendock()
{
    local cur prev command i
    COMPREPLY=()
    cur=${COMP_WORDS[COMP_CWORD]}
    prev=${COMP_WORDS[COMP_CWORD-1]}

    local commands="carriers list add edit remove test token export import sandbox"
    command=""
    for ((i = 1; i < COMP_CWORD; i++)); do
        case ${COMP_WORDS[i]} in
            -*) ;;
            *) command=${COMP_WORDS[i]}; break ;;
        esac
    done

    case $prev in
        --carrier)
            mapfile -t COMPREPLY < <(compgen -W "$(_tokendock_carriers)" -- "$cur"); return ;;
        --environment)
            mapfile -t COMPREPLY < <(compgen -W "sandbox production production-eu custom" -- "$cur"); return ;;
        --auth)
            mapfile -t COMPREPLY < <(compgen -W "body basic" -- "$cur"); return ;;
        --grant-type)
            mapfile -t COMPREPLY < <(compgen -W "client_credentials csp_credentials client_pc_credentials" -- "$cur"); return ;;
        --format)
            mapfile -t COMPREPLY < <(compgen -W "token header curl httpie powershell env json" -- "$cur"); return ;;
        --copy)
            local IFS=$'\n'
            mapfile -t COMPREPLY < <(compgen -W "$(_tokendock_accounts)" -- "$cur"); return ;;
        --token-url|--client-id|--param|--header|--name|--port|--timeout|--min-valid|--api-url)
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
        carriers|list) options="--json" ;;
        add) options="--carrier --environment --token-url --client-id --auth --grant-type --param --header --secret-stdin" ;;
        edit) options="--name --carrier --environment --token-url --client-id --auth --grant-type --param --header --secret-stdin" ;;
        remove) options="--yes" ;;
        test) options="--json --report --timeout" ;;
        token) options="--format --fresh --min-valid --api-url --timeout" ;;
        import) options="--overwrite" ;;
        sandbox) options="--port" ;;
    esac
    if [[ $cur == -* ]]; then
        mapfile -t COMPREPLY < <(compgen -W "$options --help" -- "$cur")
        return
    fi

    # the first word after the command
    local words=0
    for ((i = i + 1; i < COMP_CWORD; i++)); do
        [[ ${COMP_WORDS[i]} != -* && ${COMP_WORDS[i-1]} != --@(carrier|environment|auth|grant-type|format|token-url|client-id|param|header|name|port|timeout|min-valid|api-url) ]] && words=$((words + 1))
    done
    case $command in
        edit|remove|test|token)
            if ((words == 0)); then
                local IFS=$'\n'
                mapfile -t COMPREPLY < <(compgen -W "$(_tokendock_accounts)" -- "$cur")
            fi ;;
        export|import)
            ((words == 0)) && mapfile -t COMPREPLY < <(compgen -f -- "$cur") ;;
    esac
}
complete -F _tokendock tokendock
