"""Where the tutor keeps its state, and which language it speaks.

Kept to the standard library (plus platformdirs, imported only when a path is asked for) so the
``lessons`` command and the tutor can both use it without paying for the UI.
"""
from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Mapping

LANGS = ("tr", "en")          # the one list of the languages the tutor speaks
BACKENDS = ("embedded", "torch")
APP_NAME = "autograd-tui"
# why: an unknown lesson id is a bad argument, as argparse's own are (exit 2), for every
# command that takes one; a lesson that fails to open is a failure (exit 1). README: Exit status
EXIT_UNKNOWN_LESSON = 2


@dataclass(frozen=True)
class Options:
    """The command line, parsed once by :mod:`autograd_tui.cli` and passed on as typed values.

    Fields a subcommand does not take keep their defaults.
    """

    command: str | None = None            # None: the menu
    lang: str | None = None               # None: the saved choice, else the locale
    backend: str = "embedded"
    lesson_dirs: tuple[str, ...] = ()     # --lessons DIR, in the order given
    no_color: bool = False
    lesson_id: str = ""                   # lesson, demo, export
    script: str = ""                      # run
    script_args: tuple[str, ...] = ()     # run
    json: bool = False                    # lessons --json
    paths: tuple[str, ...] = ()           # check PATH…
    auto: bool = False                    # demo --auto
    speed: float = 40.0                   # demo --speed
    format: str = "md"                    # export --format
    output: str | None = None             # export -o


def state_dir() -> Path:
    """The per-user state directory (progress, history). Honours ``XDG_STATE_HOME`` on Linux.

    ``AUTOGRAD_TUI_STATE_DIR`` overrides it, for tests and for people who keep dotfiles elsewhere.
    """
    override = os.environ.get("AUTOGRAD_TUI_STATE_DIR")
    if override:
        return Path(override)
    import platformdirs  # why: only the tutor and `lessons` need it, `run` never does

    return Path(platformdirs.user_state_dir(APP_NAME, appauthor=False))


def progress_path() -> Path:
    return state_dir() / "progress.json"


def history_path() -> Path:
    return state_dir() / "history"


def language_from_env(environ: Mapping[str, str] | None = None) -> str:
    """``tr`` when the locale says Turkish, else ``en``.

    LANG decides; a Turkish LC_ALL or LC_MESSAGES counts too, because a learner who set
    only those still reads Turkish. Anything else (C, POSIX, unset) means English.
    """
    return locale_language(environ) or "en"


def locale_language(environ: Mapping[str, str] | None = None) -> str | None:
    """``tr`` or ``en`` when the locale names one of them, else None (C, POSIX, de_DE, unset):
    then the tutor asks once on a terminal instead of guessing."""
    env = os.environ if environ is None else environ
    values = [env.get(var, "").lower() for var in ("LC_ALL", "LC_MESSAGES", "LANG")]
    if any(value.startswith("tr") for value in values):
        return "tr"
    if any(value.startswith("en") for value in values):
        return "en"
    return None


_SAVED_LANGUAGE = re.compile(r'"language"\s*:\s*"([a-z]{2})"')
_SAVED_LANGUAGE_BYTES = 4 * 1024 * 1024   # the progress file's own cap; beyond it is damage


class NotRegularFile(OSError):
    """The path exists but is not a regular file (a FIFO, a device, a folder)."""


def read_regular(path: Path, limit: int, seen: list[os.stat_result] | None = None) -> bytes:
    """At most ``limit`` bytes of a regular file, without ever blocking on a FIFO or a device
    (/dev/zero behind a link would never end); the file's status is appended to ``seen``, when
    given. The progress store and the command line's saved language both read this way."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        status = os.fstat(fd)
        if not stat.S_ISREG(status.st_mode):
            raise NotRegularFile(f"{path} is not a regular file")
        if seen is not None:
            seen.append(status)
        chunks, size = [], 0
        while size < limit:
            chunk = os.read(fd, min(1 << 20, limit - size))
            if not chunk:
                break
            chunks.append(chunk)
            size += len(chunk)
        return b"".join(chunks)
    finally:
        os.close(fd)


def saved_language() -> str | None:
    """The language saved in the progress file, read without touching it (a damaged file is
    the tutor's to repair). For the command line's help and errors, before any UI loads."""
    try:
        text = read_regular(progress_path(), _SAVED_LANGUAGE_BYTES).decode("utf-8", errors="replace")
    except (OSError, ValueError):
        return None
    match = _SAVED_LANGUAGE.search(text)
    return match.group(1) if match and match.group(1) in LANGS else None


def resolve_language(cli: str | None, saved: str | None,
                     environ: Mapping[str, str] | None = None) -> str:
    """``--lang`` wins, then the saved choice, then the locale."""
    if cli in LANGS:
        return cli
    if saved in LANGS:
        return saved
    return language_from_env(environ)


def color_disabled(no_color_flag: bool = False, environ: Mapping[str, str] | None = None) -> bool:
    """``--no-color``, a non-empty ``NO_COLOR`` (no-color.org) or ``TERM=dumb``."""
    env = os.environ if environ is None else environ
    return bool(no_color_flag or env.get("NO_COLOR") or env.get("TERM") == "dumb")
