"""The ``autograd-tui`` command line: parses options, then hands over to one package.

Every subcommand imports its own package lazily, so ``autograd-tui run`` never loads the UI
and the menu never pays for what it does not show.
"""
from __future__ import annotations

import argparse
import os
import sys

from autograd_tui import __version__
from autograd_tui.settings import LANGS

SUBCOMMANDS = ("lesson", "repl", "run", "lessons", "check", "demo", "export")


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Sub-parsers must not overwrite what was given before the subcommand, hence SUPPRESS.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--lang", choices=LANGS, default=default,
                        help="interface language (default: saved choice, else from LANG)")
    parser.add_argument("--backend", choices=("embedded", "torch"), default="embedded" if top else default,
                        help="run learner code on the embedded engine or on real PyTorch")
    parser.add_argument("--lessons", dest="lesson_dirs", action="append", metavar="DIR",
                        default=[] if top else default, help="also load the lessons in DIR")
    parser.add_argument("--no-color", dest="no_color", action="store_true",
                        default=False if top else default, help="plain output without colour")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="autograd-tui",
        description="A terminal tutor for PyTorch autograd, in Turkish and English.",
    )
    parser.add_argument("--version", action="version", version=f"autograd-tui {__version__}")
    _add_global_options(parser, top=True)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_text, description=help_text)
        _add_global_options(p, top=False)
        return p

    p = add("lesson", "start or resume one lesson")
    p.add_argument("lesson_id", metavar="ID")
    add("repl", "a free sandbox with torch, nn, optim and F ready")
    p = add("run", "run a script with the embedded engine standing in for torch")
    p.add_argument("script", metavar="FILE.py")
    p.add_argument("script_args", nargs=argparse.REMAINDER, metavar="ARGS")
    p = add("lessons", "list the lessons with their progress")
    p.add_argument("--json", action="store_true", help="print a JSON list for tools")
    p = add("check", "validate lesson files")
    p.add_argument("paths", nargs="*", metavar="PATH")
    p = add("demo", "instructor mode: play a lesson step by step")
    p.add_argument("lesson_id", metavar="ID")
    p.add_argument("--auto", action="store_true", help="play the whole lesson unattended")
    p.add_argument("--speed", type=float, default=40.0, help="typing speed in characters per second")
    p = add("export", "write a lesson out as Markdown notes or a Python script")
    p.add_argument("lesson_id", metavar="ID")
    p.add_argument("--format", choices=("md", "py"), default="md")
    p.add_argument("-o", "--output", metavar="FILE")
    return parser


def _split_run_args(argv: list[str]) -> tuple[list[str], list[str]]:
    """For ``run FILE ARGS…``, everything after FILE belongs to the script, as with ``python``."""
    try:
        i = argv.index("run")
    except ValueError:
        return argv, []
    j = i + 1
    while j < len(argv) and argv[j].startswith("-"):
        j += 2 if argv[j] in ("--lang", "--backend", "--lessons") else 1
    return argv[: j + 1], argv[j + 1:]


def _reopen_closed_streams() -> None:
    """``autograd-tui <&-`` or ``>&-``: Python leaves a closed standard stream as None.

    Point it at the null device instead, so reading meets the end of input and writing goes
    nowhere, as every part of the tutor already expects.
    """
    for name, mode in (("stdin", "r"), ("stdout", "w"), ("stderr", "w")):
        if getattr(sys, name) is None:
            try:
                setattr(sys, name, open(os.devnull, mode, encoding="utf-8"))  # noqa: SIM115
            except OSError:
                pass


def main(argv: list[str] | None = None) -> int:
    _reopen_closed_streams()
    argv = list(sys.argv[1:] if argv is None else argv)
    head, script_args = _split_run_args(argv)
    args = build_parser().parse_args(head)
    if args.command == "run":
        args.script_args = script_args
    if args.no_color:
        os.environ["NO_COLOR"] = "1"

    if args.command == "run":
        from autograd_tui.runner import run_script
        return run_script(args.script, args.script_args, backend=args.backend)
    if args.command in ("lessons", "check", "demo", "export"):
        from autograd_tui.lessons import commands
        return commands.main(args)
    from autograd_tui.tutor import app
    return app.main(args)
