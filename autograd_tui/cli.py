"""The ``autograd-tui`` command line: turns argv into a frozen :class:`Options`, then hands over.

Every subcommand imports its own package lazily, so ``autograd-tui run`` never loads the UI
and the menu never pays for what it does not show.
"""
from __future__ import annotations

import argparse
import difflib
import os
import re
import sys
import threading
from typing import Any, Callable, NoReturn, Sequence

from autograd_tui import __version__, i18n
from autograd_tui.errors import reopen_closed_streams
from autograd_tui.settings import BACKENDS, LANGS, Options, resolve_language, saved_language

SUBCOMMANDS = ("lesson", "repl", "run", "lessons", "check", "demo", "export")

# The placeholders of the usage lines, translated like every other word the learner reads.
METAVARS = {
    "COMMAND": "cli.metavar_command", "ID": "cli.metavar_id", "FILE.py": "cli.metavar_script",
    "ARGS": "cli.metavar_args", "PATH": "cli.metavar_path", "DIR": "cli.metavar_dir",
    "FILE": "cli.metavar_file", "SPEED": "cli.metavar_speed",
}


def language_of(argv: Sequence[str]) -> Callable[[], str]:
    """The language of help and errors: ``--lang``, else the saved choice, else the locale.

    Found only when some text is shown, so a plain ``run`` never reads the state directory.
    """
    found: list[str] = []

    def language() -> str:
        if not found:
            given = None
            for i, word in enumerate(argv):
                if word == "--lang" and i + 1 < len(argv):
                    given = argv[i + 1].lower()
                elif word.startswith("--lang="):
                    given = word.split("=", 1)[1].lower()
            found.append(resolve_language(given if given in LANGS else None,
                                          None if given in LANGS else saved_language()))
        return found[0]
    return language


class LocalizedFormatter(argparse.HelpFormatter):
    """argparse's help layout with every word from the catalogue (help texts are keys)."""

    def __init__(self, prog: str, *, lang: str = "en", **kwargs: Any) -> None:
        super().__init__(prog, **kwargs)
        self.lang = lang

    def add_usage(self, usage: str | None, actions: Any, groups: Any,
                  prefix: str | None = None) -> None:
        if prefix is None:
            prefix = i18n.t("cli.usage", self.lang) + " "
        super().add_usage(usage, actions, groups, prefix)

    def _get_help_string(self, action: argparse.Action) -> str | None:
        text = action.help
        if text and text in i18n.MESSAGES:
            return i18n.t(text, self.lang).replace("%", "%%")
        return text


class LocalizedParser(argparse.ArgumentParser):
    """An ArgumentParser whose help, usage and errors speak the learner's language.

    Help texts, descriptions and placeholders are catalogue keys, translated when some text is
    shown; argparse's own English (``usage:``, ``options``, ``invalid choice``…) is replaced
    from the catalogue too, without gettext catalogs.
    """

    def __init__(self, *args: Any, language: Callable[[], str], description_key: str = "",
                 **kwargs: Any) -> None:
        kwargs["add_help"] = False
        kwargs.setdefault("formatter_class", LocalizedFormatter)
        super().__init__(*args, **kwargs)
        self.language = language
        self.description_key = description_key
        self._english_metavars: dict[argparse.Action, str] = {}
        self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="cli.help")

    def _localize(self) -> str:
        lang = self.language()
        self._positionals.title = i18n.t("cli.positionals", lang)
        self._optionals.title = i18n.t("cli.options", lang)
        if self.description_key:
            self.description = i18n.t(self.description_key, lang)
        for action in self._actions:
            english = self._english_metavars.setdefault(action, str(action.metavar))
            if english in METAVARS:
                action.metavar = i18n.t(METAVARS[english], lang)
        return lang

    def _get_formatter(self) -> argparse.HelpFormatter:
        return LocalizedFormatter(prog=self.prog, lang=self._localize())

    def _print_message(self, message: str, file: Any = None) -> None:
        # why: Turkish help on a stdout that cannot encode it (PYTHONIOENCODING=ascii, latin-1)
        # raised UnicodeEncodeError; unencodable letters become '?', as everywhere else
        file = sys.stderr if file is None else file
        encoding = getattr(file, "encoding", None) or "utf-8"
        try:
            message.encode(encoding)
        except UnicodeEncodeError:
            message = message.encode(encoding, "replace").decode(encoding)
        except LookupError:
            pass
        super()._print_message(message, file)

    def error(self, message: str) -> NoReturn:
        lang = self._localize()
        self.print_usage(sys.stderr)
        text = translate_error(message, lang, self)
        self.exit(2, i18n.t("cli.error", lang, prog=self.prog, message=text) + "\n")


def _name(name: str, lang: str) -> str:
    return " / ".join(i18n.t(METAVARS[part], lang) if part in METAVARS else part
                      for part in name.split("/"))


SPEED_LOW, SPEED_HIGH = 1, 10000   # characters per second; 0 types at once


def demo_speed(text: str) -> float:
    """``--speed``: 0 (no typing animation) or a finite speed a person can watch."""
    speed = float(text)   # ValueError: argparse's own "invalid float value"
    if speed != 0 and not SPEED_LOW <= speed <= SPEED_HIGH:   # also NaN and the infinities
        raise argparse.ArgumentTypeError(f"speed out of range: {text}")
    return speed


demo_speed.__name__ = "float"   # why: argparse names the type in "invalid float value"


_ARGPARSE_ERRORS: list[tuple[re.Pattern[str], str]] = [
    (re.compile(r"speed out of range: (?P<value>.*)$", re.S), "cli.err_speed_range"),
    (re.compile(r"invalid choice: (?P<value>.*) \(choose from (?P<choices>.*)\)$", re.S),
     "cli.err_invalid_choice"),
    (re.compile(r"the following arguments are required: (?P<names>.*)$", re.S), "cli.err_required"),
    (re.compile(r"unrecognized arguments: (?P<args>.*)$", re.S), "cli.err_unrecognized"),
    (re.compile(r"expected one argument$"), "cli.err_expected_one"),
    (re.compile(r"expected at most one argument$"), "cli.err_expected_at_most_one"),
    (re.compile(r"expected at least one argument$"), "cli.err_expected_at_least_one"),
    (re.compile(r"invalid (?P<type>\w+) value: (?P<value>.*)$", re.S), "cli.err_invalid_value"),
    (re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)$", re.S),
     "cli.err_ambiguous"),
]


def translate_error(message: str, lang: str, parser: argparse.ArgumentParser | None = None) -> str:
    """argparse's English error message in ``lang`` (a message it does not know stays as is)."""
    argument = re.match(r"argument (?P<name>[^:]+): (?P<rest>.*)$", message, re.S)
    detail = argument.group("rest") if argument else message
    for pattern, key in _ARGPARSE_ERRORS:
        found = pattern.match(detail)
        if found is None:
            continue
        fields: dict[str, Any] = found.groupdict()
        if key == "cli.err_speed_range":
            fields.update(low=SPEED_LOW, high=SPEED_HIGH)
        if "names" in fields:
            fields["names"] = ", ".join(_name(n, lang) for n in fields["names"].split(", "))
        if "type" in fields and f"cli.type_{fields['type']}" in i18n.MESSAGES:
            fields["type"] = i18n.t(f"cli.type_{fields['type']}", lang)
        detail = i18n.t(key, lang, **fields)
        if key == "cli.err_invalid_choice" and argument and argument.group("name") == "COMMAND":
            typed = fields["value"].strip("'\"")
            close = difflib.get_close_matches(typed, SUBCOMMANDS, n=1, cutoff=0.6)
            if close:
                detail += " " + i18n.t("cli.did_you_mean", lang, name=i18n.Word(close[0]))
        break
    if argument:
        return i18n.t("cli.err_argument", lang, name=_name(argument.group("name"), lang), message=detail)
    return detail


def _add_global_options(parser: argparse.ArgumentParser, *, top: bool) -> None:
    # Sub-parsers must not overwrite what was given before the subcommand, hence SUPPRESS.
    default = None if top else argparse.SUPPRESS
    # why: --lang TR is as clear as --lang tr
    parser.add_argument("--lang", type=str.lower, choices=LANGS, default=default, help="cli.opt_lang")
    parser.add_argument("--backend", choices=BACKENDS, default="embedded" if top else default,
                        help="cli.opt_backend")
    parser.add_argument("--lessons", dest="lesson_dirs", action="append", metavar="DIR",
                        default=[] if top else default, help="cli.opt_lessons")
    parser.add_argument("--no-color", dest="no_color", action="store_true",
                        default=False if top else default, help="cli.opt_no_color")


def build_parser(language: Callable[[], str] | None = None) -> argparse.ArgumentParser:
    """The command line. ``language`` says which language help and errors speak (English
    when not given)."""
    language = language or (lambda: "en")
    parser = LocalizedParser(prog="autograd-tui", language=language, description_key="cli.description")
    parser.add_argument("--version", action="version", version=f"autograd-tui {__version__}",
                        help="cli.version")
    _add_global_options(parser, top=True)
    # why: an explicit prog, or argparse would format a usage line (and ask for the language) now
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", prog="autograd-tui")

    def add(name: str, help_key: str) -> argparse.ArgumentParser:
        p = sub.add_parser(name, help=help_key, description_key=help_key, language=language)
        _add_global_options(p, top=False)
        return p

    p = add("lesson", "cli.cmd_lesson")
    p.add_argument("lesson_id", metavar="ID", help="cli.arg_lesson_id")
    add("repl", "cli.cmd_repl")
    p = add("run", "cli.cmd_run")
    p.add_argument("script", metavar="FILE.py", help="cli.arg_script")
    script_args = p.add_argument("script_args", nargs=argparse.REMAINDER, metavar="ARGS",
                                 help="cli.arg_script_args")
    script_args.required = False  # why: argparse counts a REMAINDER as required ("FILE.py, ARGS")
    p = add("lessons", "cli.cmd_lessons")
    p.add_argument("--json", action="store_true", help="cli.opt_json")
    p = add("check", "cli.cmd_check")
    p.add_argument("paths", nargs="*", metavar="PATH", help="cli.arg_paths")
    p = add("demo", "cli.cmd_demo")
    p.add_argument("lesson_id", metavar="ID", help="cli.arg_lesson_id")
    p.add_argument("--auto", action="store_true", help="cli.opt_auto")
    p.add_argument("--speed", type=demo_speed, default=40.0, metavar="SPEED", help="cli.opt_speed")
    p = add("export", "cli.cmd_export")
    p.add_argument("lesson_id", metavar="ID", help="cli.arg_lesson_id")
    p.add_argument("--format", choices=("md", "py"), default="md", help="cli.opt_format")
    p.add_argument("-o", "--output", metavar="FILE", help="cli.opt_output")
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
    ns = build_parser(language_of(head)).parse_args(head)
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
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        options = parse(args)
        status = _dispatch(options)
    except KeyboardInterrupt:
        # why: Ctrl-C while a command is still loading (its imports, before it has a Ctrl-C
        # handler of its own) showed the traceback of whatever module was being imported
        try:
            print(i18n.t("app.interrupted", language_of(args)()), file=sys.stderr)
        except Exception:  # noqa: BLE001 - a second failure must not show a traceback either
            pass
        return 130
    if argv is None and options.command != "run":
        _leave_without_waiting_for_learner_threads(status)
    return status


def _leave_without_waiting_for_learner_threads(status: int) -> None:
    """End the process now if code run in it left a non-daemon thread behind.

    Python waits for such threads at exit, so a ``threading.Thread(...).start()`` typed in the
    sandbox or run by a lesson kept the tutor open after its goodbye, and Ctrl-C then printed
    the traceback of ``threading._shutdown``. ``run`` keeps Python's behaviour, as ``python``
    does.
    """
    main_thread = threading.main_thread()
    if not any(t.is_alive() and not t.daemon and t is not main_thread for t in threading.enumerate()):
        return
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except Exception:  # noqa: BLE001 - a closed or broken stream has nothing left to write
            pass
    os._exit(status)


def _dispatch(options: Options) -> int:
    if options.no_color:
        os.environ["NO_COLOR"] = "1"

    # Each branch imports its own package here, not at the top: start-up time, so that `run`
    # never loads the UI and a listing never loads the REPL.
    if options.command == "run":
        from autograd_tui.runner import run_script  # start-up: `run` stays free of the UI
        # why: the script's drawings (viz.show_graph) speak --lang, else the locale's language;
        # the saved choice is not read, so that `run` starts as fast as it can
        i18n.set_ambient_language(resolve_language(options.lang, None))
        return run_script(options.script, list(options.script_args), backend=options.backend)
    if options.command in ("lessons", "check", "demo", "export"):
        from autograd_tui import commands  # start-up: plain commands never load rich or the REPL
        return commands.main(options)
    from autograd_tui.tutor import app  # start-up: rich and prompt_toolkit load only for the tutor
    return app.main(options)
