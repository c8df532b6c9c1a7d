# bash completion for kaji. Installed as share/bash-completion/completions/kaji.
# The command list below is checked against `kaji --help` by tst_completions.

_kaji_words_from() {
    # Context and namespace names come from kaji itself, so they follow the
    # same kubeconfig rules; errors (no cluster) complete nothing.
    "$@" 2>/dev/null | sed 's|^.*/||'
}

_kaji() {
    local cur prev words cword
    _init_completion || return

    # kaji-commands: apply attach contexts diagnose diagram diff exec get logs port-forward top version
    local commands="apply attach contexts diagnose diagram diff exec get logs port-forward top version"
    if [[ $cword -eq 1 ]]; then
        COMPREPLY=($(compgen -W "$commands --help --version" -- "$cur"))
        return
    fi

    case $prev in
    --context)
        COMPREPLY=($(compgen -W "$(_kaji_words_from kaji contexts -o name)" -- "$cur"))
        return ;;
    -n | --namespace)
        COMPREPLY=($(compgen -W "$(_kaji_words_from kaji get namespaces -o name)" -- "$cur"))
        return ;;
    -f | --filename)
        _filedir '@(yaml|yml|json)'
        return ;;
    -c | --container | --since | --since-time | --tail | --limit-bytes | --address)
        return ;;
    esac

    local opts=""
    case ${words[1]} in
    contexts) opts="-o" ; [[ $prev == -o ]] && { COMPREPLY=($(compgen -W "name" -- "$cur")); return; } ;;
    get)
        [[ $prev == -o || $prev == --output ]] && { COMPREPLY=($(compgen -W "wide name json yaml" -- "$cur")); return; }
        opts="-n --namespace -A --all-namespaces --context -o --output -w --watch"
        [[ $cur != -* ]] && opts+=" pods deployments replicasets statefulsets daemonsets jobs cronjobs services ingresses
            configmaps secrets persistentvolumeclaims persistentvolumes storageclasses nodes namespaces events" ;;
    logs) opts="-n --namespace --context -c --container --all-containers -f --follow -p --previous --timestamps
            --since --since-time --tail --limit-bytes --prefix" ;;
    port-forward) opts="-n --namespace --context --address" ;;
    exec) opts="-n --namespace --context -c --container -i --stdin -t --tty --" ;;
    attach) opts="-n --namespace --context -c --container -i --stdin -t --tty" ;;
    diagnose)
        [[ $prev == -o || $prev == --output ]] && { COMPREPLY=($(compgen -W "text json" -- "$cur")); return; }
        opts="-n --namespace -A --all-namespaces --context -o --output" ;;
    diagram)
        if [[ $prev == -o || $prev == --output ]]; then
            COMPREPLY=($(compgen -W "dot json" -- "$cur"))
            _filedir '@(svg|png)'
            return
        fi
        opts="-n --namespace -A --all-namespaces --context -o --output"
        [[ $cword -eq 2 ]] && opts="architecture workloads storage network" ;;
    apply) opts="-f --filename -n --namespace --context --dry-run=server --force-conflicts" ;;
    diff) opts="-f --filename -n --namespace --context" ;;
    top)
        [[ $prev == --sort-by ]] && { COMPREPLY=($(compgen -W "cpu memory" -- "$cur")); return; }
        opts="-n --namespace -A --all-namespaces --context --containers --sort-by"
        [[ $cword -eq 2 ]] && opts="nodes pods" ;;
    esac
    COMPREPLY=($(compgen -W "$opts" -- "$cur"))
}
complete -F _kaji kaji
