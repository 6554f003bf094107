"""The plain, scriptable subcommands: ``lessons``, ``check``, ``demo`` and ``export``.

Output is plain text (or JSON), no colour, so these stay fast and can be piped; only the
interactive ``demo`` loads the UI. Every handler takes the typed
:class:`~autograd_tui.settings.Options` that :mod:`autograd_tui.cli` parsed.
"""
from __future__ import annotations

import contextlib
import dataclasses
import errno
import json
import os
import shutil
import sys
from pathlib import Path
from typing import Any, Callable, Iterator

from autograd_tui import i18n
from autograd_tui.backend import BackendUnavailable
from autograd_tui.errors import log_internal_error, silence_stdout
from autograd_tui.lessons.catalog import lesson_files, shipped_lessons_dir
from autograd_tui.lessons.checker import check_paths
from autograd_tui.lessons.export import ExportStopped, export
from autograd_tui.lessons.index import Index, index_path, load_index
from autograd_tui.lessons.transcript import play
from autograd_tui.settings import EXIT_UNKNOWN_LESSON, Options, resolve_language
from autograd_tui.tutor.progress import ProgressStore
from autograd_tui.ui.terminal import SafeStream


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def resolve_lang(cli_lang: str | None) -> str:
    """``--lang``, else the learner's saved choice, else ``tr`` for a Turkish locale, else ``en``."""
    saved = None
    if cli_lang is None:
        try:
            saved = ProgressStore().language()
        except Exception:  # noqa: BLE001 - an unreadable state never blocks a listing
            saved = None
    return resolve_language(cli_lang, saved)


def _report_problems(catalog: Index, lang: str) -> None:
    for problem in catalog.problems:
        _err(problem.text(lang))


def _progress_of(lesson_ids: list[str]) -> dict[str, Any]:
    try:
        store = ProgressStore()
        return {lid: store.lesson(lid) for lid in lesson_ids}
    except Exception:  # noqa: BLE001 - progress is a nicety in a listing
        return {}


def cmd_lessons(options: Options) -> int:
    catalog = load_index(list(options.lesson_dirs), cache=index_path())
    lang = resolve_lang(options.lang)
    _report_problems(catalog, lang)
    progress = _progress_of([lesson.id for lesson in catalog.lessons])
    if options.json:
        items = []
        for lesson in catalog.lessons:
            entry = progress.get(lesson.id)
            items.append({
                "id": lesson.id,
                "title": {"tr": lesson.title.tr, "en": lesson.title.en},
                "summary": ({"tr": lesson.summary.tr, "en": lesson.summary.en} if lesson.summary else None),
                "kinds": lesson.kinds(),
                "steps": lesson.step_count,
                "shipped": lesson.id in catalog.shipped_ids,
                "path": str(lesson.path),
                "progress": ({"status": entry.status(), "step": entry.step, "total": lesson.step_count}
                             if entry is not None else {"status": "new", "step": 0, "total": lesson.step_count}),
            })
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    status_words = i18n.labels("listing", lang)
    width = max((len(lesson.id) for lesson in catalog.lessons), default=2)
    columns = _listing_columns()
    for lesson in catalog.lessons:
        kinds = lesson.kinds()
        entry = progress.get(lesson.id)
        status = entry.status() if entry is not None else "new"
        status_text = status_words[status].format(k=min(entry.step + 1, lesson.step_count) if entry else 1,
                                                   n=lesson.step_count)
        counts = ", ".join([
            i18n.t("listing.code", lang, n=kinds["code"]),
            i18n.t("listing.task" if kinds["task"] == 1 else "listing.tasks", lang, n=kinds["task"]),
            i18n.t("listing.quiz" if kinds["quiz"] == 1 else "listing.quizzes", lang, n=kinds["quiz"]),
        ])
        head = f"{lesson.id:<{width}}  {lesson.title.get(lang)}"
        tail = f"[{counts}; {status_text}]"
        if len(head) + 2 + len(tail) <= columns:
            print(f"{head}  {tail}")
        else:
            # why: a line wider than the terminal wrapped mid-word; the counts go on their own line
            print(_cut(head, columns))
            print(_cut(f"    {tail}", columns))
    return 0


def _listing_columns() -> int:
    """The terminal's width, or 80 when the listing is piped or saved."""
    try:
        if sys.stdout.isatty():
            return max(20, shutil.get_terminal_size().columns)
    except (AttributeError, ValueError, OSError):
        pass
    return 80


def _cut(text: str, columns: int) -> str:
    return text if len(text) <= columns else text[:columns - 1] + "…"


def cmd_check(options: Options) -> int:
    lang = resolve_lang(options.lang)
    paths: list[Path] = []
    empty_folders = 0   # a missing name or a folder with nothing to check: never "all good"
    given = [*options.paths, *options.lesson_dirs]
    if not options.paths:
        paths.extend(lesson_files(shipped_lessons_dir()))
    for name in given:
        path = Path(name)
        if path.is_dir():
            found = lesson_files(path)
            if not found:
                print(i18n.t("check.empty_folder", lang, name=name))
                empty_folders += 1
            paths.extend(found)
        elif os.path.lexists(path):   # a link loop or a broken link: the loader names it
            paths.append(path)
        else:
            # why: counted, not fatal: one missing name must not hide the problems of the others
            print(i18n.t("check.no_such_file", lang, name=name))
            empty_folders += 1
    backend = options.backend
    try:
        summary = check_paths(paths, backend)
    except BackendUnavailable:
        _err(i18n.t("app.backend_unavailable", lang))
        return 1
    for problem in summary.problems:
        print(problem.text(lang))
    for warning in summary.warnings:
        _err(i18n.t("check.warning", lang, warning=warning.text(lang)))
    count = len(summary.problems) + empty_folders
    verdict = (i18n.t("check.all_good", lang) if not count
               else i18n.t("check.problem", lang) if count == 1
               else i18n.t("check.problems", lang, n=count))
    files = (i18n.t("check.file", lang) if summary.files == 1
             else i18n.t("check.files", lang, n=summary.files))
    engine = i18n.t("check.engine_torch" if backend == "torch" else "check.engine_embedded", lang)
    _err(i18n.t("check.summary", lang, files=files, runs=summary.steps_run, engine=engine,
                verdict=verdict))
    return 0 if not count else 1


def _is_terminal() -> bool:
    try:
        return sys.stdin.isatty() and sys.stdout.isatty()
    except (AttributeError, ValueError):
        return False


@contextlib.contextmanager
def _terminal_streams() -> Iterator[None]:
    """The real stdout and stderr, for the projector mode: its console makes text safe itself,
    and rich's and prompt_toolkit's own codes must reach the terminal. Through SafeStream every
    screen clear and colour of the demo was printed as the text ``\x1b[2J\x1b[H``."""
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = (getattr(stream, "stream", stream) if isinstance(stream, SafeStream) else stream
                              for stream in saved)
    try:
        yield
    finally:
        sys.stdout, sys.stderr = saved


def _lesson_of(options: Options, lang: str) -> Any:
    """The lesson ``options`` name, from the shipped and extra lessons (broken files reported):
    the lesson, EXIT_UNKNOWN_LESSON for an id no lesson has, or None for one that fails to open."""
    index = load_index(list(options.lesson_dirs), cache=index_path())
    _report_problems(index, lang)
    name_extra_folders(index, lang)
    found = index.find(options.lesson_id)
    if found is None:
        ids = ", ".join(item.id for item in index.lessons) or "-"
        _err(i18n.t("app.unknown_lesson", lang, id=options.lesson_id, ids=ids))
        return EXIT_UNKNOWN_LESSON
    opened = index.open(found)   # why: read again in full; it may have changed since it was listed
    for problem in opened.problems:
        _err(problem.text(lang))
    return opened.lesson if opened.ok else None


def cmd_demo(options: Options) -> int:
    if not options.auto:
        lang = resolve_lang(options.lang)
        if _is_terminal():
            from autograd_tui.tutor import demo  # start-up: rich loads only for the projector mode

            with _terminal_streams():
                return demo.main(options, lang)
        # why: no keys to wait for; the unattended transcript is the useful thing here
        _err(i18n.t("demo.no_terminal", lang))
        options = dataclasses.replace(options, auto=True)
    lang = resolve_lang(options.lang)
    lesson = _lesson_of(options, lang)
    if lesson is None or lesson == EXIT_UNKNOWN_LESSON:
        return 1 if lesson is None else EXIT_UNKNOWN_LESSON
    out = sys.stdout

    def write(text: str) -> None:
        out.write(text)

    from autograd_tui.ui.render import make_console, markdown_as_text  # start-up: rich only for demo

    # why: texts read as on the lesson's screen, at the width of the terminal (80 in a pipe)
    width = make_console(file=out).width
    try:
        # quiz choices are indented by five columns: they wrap five columns earlier
        ok = play(lesson, lang, options.backend, write, prose=markdown_as_text(width),
                  choice_prose=markdown_as_text(max(20, width - 5)))
    except BackendUnavailable:
        _err(i18n.t("app.backend_unavailable", lang))
        return 1
    except BrokenPipeError:
        return 1
    out.flush()
    return 0 if ok else 1


def cmd_export(options: Options) -> int:
    """``export ID --format md|py [-o FILE]``: a lesson as notes or as a script."""
    lang = resolve_lang(options.lang)
    lesson = _lesson_of(options, lang)
    if lesson is None or lesson == EXIT_UNKNOWN_LESSON:
        return 1 if lesson is None else EXIT_UNKNOWN_LESSON
    fmt = options.format
    target = options.output
    filename = Path(target).name if target else f"{lesson.id}.py"
    stopped: str | None = None
    try:
        text = export(lesson, fmt, lang, backend=options.backend, filename=filename)
    except BackendUnavailable:
        _err(i18n.t("app.backend_unavailable", lang))
        return 1
    except ExportStopped as exc:
        # why: the notes are written all the same (every text, the outputs that ran), and
        # the status says they are not whole
        text, stopped = exc.text, exc.message
    status = 0 if stopped is None else 1
    if not target or target == "-":
        try:
            sys.stdout.write(text)
            sys.stdout.flush()
        except BrokenPipeError:
            return 1
    else:
        try:
            if target.endswith(("/", os.sep)):
                # why: Path() drops the slash, so `-o notes/` wrote a file named `notes`
                raise IsADirectoryError(errno.EISDIR, os.strerror(errno.EISDIR))
            _write_whole(Path(target), text)
        except OSError as exc:
            _err(i18n.t("export.cannot_write", lang, path=target, reason=exc.strerror or exc))
            return 1
        _err(f"{target}: {lesson.id} ({fmt}, {lang})")
    if stopped is not None:
        _err(stopped)
    return status


def _write_whole(target: Path, text: str) -> None:
    """Write ``text`` to ``target``: a regular file (or a new one) is replaced only once the
    whole text is written, so a full disk never leaves the learner's earlier notes cut short;
    anything else (``/dev/stdout``, a FIFO) is written as it is."""
    if target.is_symlink():
        # why: renaming over the link replaced the link itself; the file it names is meant
        target = Path(os.path.realpath(target))
    if target.exists() and not target.is_file():
        target.write_text(text, encoding="utf-8")
        return
    temporary = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        temporary.write_text(text, encoding="utf-8")
        if target.exists():
            os.chmod(temporary, target.stat().st_mode & 0o7777)
        os.replace(temporary, target)
    finally:
        temporary.unlink(missing_ok=True)


def _name_external_folders(options: Options) -> None:
    """``check`` is about to run lesson code from ``--lessons DIR``: say where it comes from
    (the README's trust model). On stderr, so what goes to stdout stays as it is. A folder with
    no lesson file, or none at all, loads nothing: ``check`` names it as a problem instead."""
    folders = options.lesson_dirs
    if not folders:
        return
    lang = resolve_lang(options.lang)
    for folder in folders:
        if lesson_files(Path(folder)):
            _err(i18n.t("app.external_lessons", lang, dir=os.path.abspath(folder)))


def name_extra_folders(index: Index, lang: str) -> None:
    """As above for ``demo`` and ``export``, once the folders are read: how many of their
    lessons loaded decides the sentence (none loaded is said, with the reason)."""
    for folder in index.extra:
        key, fields = folder.note()
        _err(i18n.t(key, lang, **fields))


def main(options: Options) -> int:
    """Entry point for ``lessons``, ``check``, ``demo`` and ``export``; returns the exit status.

    Never a traceback: a closed pipe ends quietly, and anything unexpected becomes one sentence
    plus the details in ``errors.log`` in the state directory.
    """
    handlers: dict[str, Callable[[Options], int]] = {
        "lessons": cmd_lessons, "check": cmd_check, "demo": cmd_demo, "export": cmd_export}
    # why: titles, problems and transcripts carry text from lesson and progress files; it
    # reaches the terminal with escape codes shown and unencodable characters replaced
    saved = sys.stdout, sys.stderr
    sys.stdout, sys.stderr = SafeStream(sys.stdout), SafeStream(sys.stderr)
    try:
        return _run(handlers, options)
    finally:
        sys.stdout, sys.stderr = saved


def _run(handlers: dict[str, Callable[[Options], int]], options: Options) -> int:
    try:
        if options.command == "check":
            _name_external_folders(options)
        return handlers[str(options.command)](options)
    except KeyboardInterrupt:
        _err(i18n.t("app.interrupted", resolve_lang(options.lang)))
        return 130
    except BrokenPipeError:
        silence_stdout()
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no tracebacks
        try:
            path = log_internal_error(exc)
            _err(i18n.t("app.fatal_error" if path else "app.fatal_error_unlogged", resolve_lang(options.lang),
                         path=path))
        except Exception:  # noqa: BLE001
            pass
        return 1
