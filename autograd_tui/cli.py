"""The ``autograd-tui`` command line: turns argv into a frozen :class:`Options`, then hands over.

Every subcommand imports its own package lazily, so ``autograd-tui run`` never loads the UI
and the menu never pays for what it does not show.
"""
from __future__ import annotations

import argparse
import os
import sys

from autograd_tui import __version__
from autograd_tui.errors import reopen_closed_streams
from autograd_tui.settings import BACKENDS, LANGS, Options

SUBCOMMANDS = ("lesson", "repl", "run", "lessons", "check", "demo", "export")


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Sub-parsers must not overwrite what was given before the subcommand, hence SUPPRESS.
    default = None if top else argparse.SUPPRESS
    parser.add_argument("--lang", choices=LANGS, default=default,
                        help="interface language (default: saved choice, else from LANG)")
    parser.add_argument("--backend", choices=BACKENDS, default="embedded" if top else default,
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


def parse(argv: list[str]) -> Options:
    """``argv`` (without the program name) as typed :class:`~autograd_tui.settings.Options`.

    Exits with argparse's usage message on bad input, as before.
    """
    head, script_args = _split_run_args(argv)
    ns = build_parser().parse_args(head)
    return Options(
        command=ns.command,
        lang=ns.lang,
        backend=ns.backend or "embedded",
        lesson_dirs=tuple(ns.lesson_dirs or ()),
        no_color=bool(ns.no_color),
        lesson_id=getattr(ns, "lesson_id", ""),
        script=getattr(ns, "script", ""),
        script_args=tuple(script_args) if ns.command == "run" else (),
        json=bool(getattr(ns, "json", False)),
        paths=tuple(getattr(ns, "paths", ()) or ()),
        auto=bool(getattr(ns, "auto", False)),
        speed=float(getattr(ns, "speed", 40.0) or 0.0),
        format=getattr(ns, "format", "md") or "md",
        output=getattr(ns, "output", None),
    )


def main(argv: list[str] | None = None) -> int:
    reopen_closed_streams()
    options = parse(list(sys.argv[1:] if argv is None else argv))
    if options.no_color:
        os.environ["NO_COLOR"] = "1"

    # Each branch imports its own package here, not at the top: start-up time, so that `run`
    # never loads the UI and a listing never loads the REPL.
    if options.command == "run":
        from autograd_tui.runner import run_script  # start-up: `run` stays free of the UI
        return run_script(options.script, list(options.script_args), backend=options.backend)
    if options.command in ("lessons", "check", "demo", "export"):
        from autograd_tui import commands  # start-up: plain commands never load rich or the REPL
        return commands.main(options)
    from autograd_tui.tutor import app  # start-up: rich and prompt_toolkit load only for the tutor
    return app.main(options)
