"""Shell completion scripts for bash, zsh and fish (`namecheck completion SHELL`), made from the
command line's own parser: every command, option and choice, and file names elsewhere."""
from __future__ import annotations

import argparse
import shlex
from dataclasses import dataclass, field

SHELLS = ("bash", "zsh", "fish")
PROG = "namecheck"


@dataclass
class _Command:
    """One command (or the top level): its options, the choices of options that have them,
    and its subcommands with their help."""

    path: tuple[str, ...]
    options: list[str] = field(default_factory=list)
    choices: dict[str, list[str]] = field(default_factory=dict)   # option -> values
    takes_value: set[str] = field(default_factory=set)
    subcommands: dict[str, str] = field(default_factory=dict)     # name -> help
    help: dict[str, str] = field(default_factory=dict)            # option -> help
    values: list[str] = field(default_factory=list)   # what positional arguments may be
    files: bool = False                                # positional arguments are paths or text


def _commands(parser: argparse.ArgumentParser, path: tuple[str, ...] = ()) -> list[_Command]:
    command = _Command(path)
    found = [command]
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            helps = {a.dest: a.help or "" for a in action._choices_actions}
            for name, sub in action.choices.items():
                command.subcommands[name] = helps.get(name, "")
                found += _commands(sub, path + (name,))
            continue
        if not action.option_strings:   # a positional argument
            if action.choices:
                command.values += [str(c) for c in action.choices]
            else:
                command.files = True
        for option in action.option_strings:
            command.options.append(option)
            command.help[option] = action.help or ""
            if action.nargs != 0:
                command.takes_value.add(option)
            if action.choices:
                command.choices[option] = [str(c) for c in action.choices]
    return found


def completion_script(shell: str, parser: argparse.ArgumentParser) -> str:
    """The completion script for `shell` (bash, zsh or fish)."""
    commands = _commands(parser)
    if shell == "fish":
        return _fish(commands)
    script = _bash(commands)
    if shell == "zsh":   # zsh runs the bash function through its bash-completion layer
        return ("#compdef namecheck\nautoload -U +X compinit && compinit\n"
                "autoload -U +X bashcompinit && bashcompinit\n" + script)
    return script


def _words(items: list[str]) -> str:
    return shlex.quote(" ".join(items))


def _bash(commands: list[_Command]) -> str:
    by_path = {" ".join(c.path): c for c in commands}
    cases = []
    for key, c in by_path.items():
        words = list(c.subcommands) + c.values + c.options
        values = [f"        {shlex.quote(key + ':' + option)}) COMPREPLY=($(compgen -W "
                  f"{_words(choices)} -- \"$cur\")); return;;"
                  for option, choices in c.choices.items()]
        cases.append((key, words, sorted(c.takes_value - set(c.choices)), values, c.files))
    body = []
    for key, words, valued, values, files in cases:
        body.append(f"    {shlex.quote(key)})")
        body.append(f"      words={_words(words)} files={'1' if files else ''}")
        body.append(f"      valued={_words(valued)}")
        body.append("      case \"$cmd:$prev\" in")
        body += values
        body.append("      esac;;")
    all_valued = sorted({o for c in commands for o in c.takes_value})
    return f"""# bash completion for namecheck; made by `namecheck completion bash`
_namecheck() {{
    local cur prev cmd="" words valued files i skip=0
    cur="${{COMP_WORDS[COMP_CWORD]}}"
    prev="${{COMP_WORDS[COMP_CWORD-1]}}"
    # the command is the words before the cursor that are neither options nor their values
    for ((i = 1; i < COMP_CWORD; i++)); do
        if ((skip)); then skip=0; continue; fi
        case " "{_words(all_valued)}" " in *" ${{COMP_WORDS[i]}} "*) skip=1; continue;; esac
        case "${{COMP_WORDS[i]}}" in
            -*) ;;
            *) if [[ -n "$cmd" && " $(_namecheck_subcommands "$cmd") " != *" ${{COMP_WORDS[i]}} "* ]]
               then break; fi
               cmd="${{cmd:+$cmd }}${{COMP_WORDS[i]}}";;
        esac
    done
    case "$cmd" in
{chr(10).join(body)}
        *) words=""; valued=""; files=1;;
    esac
    if [[ " $valued " == *" $prev "* ]]; then
        COMPREPLY=($(compgen -f -- "$cur")); return
    fi
    if [[ "$cur" == -* || -z "$files" ]]; then
        COMPREPLY=($(compgen -W "$words" -- "$cur"))
    else
        COMPREPLY=($(compgen -W "$words" -- "$cur") $(compgen -f -- "$cur"))
    fi
}}
_namecheck_subcommands() {{
    case "$1" in
{_subs(commands)}
    esac
}}
complete -o default -F _namecheck namecheck
"""


def _subs(commands: list[_Command]) -> str:
    """The cases of a shell function that prints the subcommands of a command."""
    return "\n".join(f"        {shlex.quote(' '.join(c.path))}) echo {_words(list(c.subcommands))};;"
                     for c in commands if c.path and c.subcommands)


def _fish_text(text: str) -> str:
    return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'"


def _fish(commands: list[_Command]) -> str:
    lines = ["# fish completion for namecheck; made by `namecheck completion fish`",
             f"complete -c {PROG} -f"]
    for c in commands:
        if not c.path:
            condition = "__fish_use_subcommand"
        else:
            condition = " && ".join(f"__fish_seen_subcommand_from {p}" for p in c.path)
            deeper = [s for d in commands if d.path[:len(c.path)] == c.path and len(d.path) > len(c.path)
                      for s in d.path[len(c.path):len(c.path) + 1]]
            if deeper:
                condition += " && not __fish_seen_subcommand_from " + " ".join(sorted(set(deeper)))
        for name, help_text in c.subcommands.items():
            lines.append(f"complete -c {PROG} -n {_fish_text(condition)} -a {name} "
                         f"-d {_fish_text(help_text)}")
        if c.values:
            lines.append(f"complete -c {PROG} -n {_fish_text(condition)} -a "
                         f"{_fish_text(' '.join(c.values))}")
        for option in c.options:
            flag = f"-l {option[2:]}" if option.startswith("--") else f"-s {option[1:]}"
            extra = ""
            if option in c.choices:
                extra = f" -x -a {_fish_text(' '.join(c.choices[option]))}"
            elif option in c.takes_value:
                extra = " -r -F"
            lines.append(f"complete -c {PROG} -n {_fish_text(condition)} {flag}{extra} "
                         f"-d {_fish_text(c.help.get(option, ''))}")
        if c.files:
            lines.append(f"complete -c {PROG} -n {_fish_text(condition)} -F")
    return "\n".join(lines) + "\n"
