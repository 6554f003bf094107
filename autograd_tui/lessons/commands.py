"""The plain, scriptable lesson commands: ``lessons``, ``check``, ``demo --auto``, ``export``.

Output is plain text (or JSON), no colour and no UI imports, so these stay fast and can be
piped. ``args`` comes from ``autograd_tui.cli``: ``.command``, ``.lang`` (None: resolve),
``.backend``, ``.lesson_dirs``, ``.json``, ``.paths``, ``.lesson_id``, ``.auto``…
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import Any

from autograd_tui.lessons.catalog import Catalog, lesson_files, load_catalog, shipped_lessons_dir


def _err(message: str) -> None:
    print(message, file=sys.stderr)


def resolve_lang(cli_lang: str | None) -> str:
    """``--lang``, else the learner's saved choice, else ``tr`` for a Turkish locale, else ``en``."""
    from autograd_tui.settings import resolve_language

    saved = None
    if cli_lang is None:
        try:
            from autograd_tui.tutor.progress import ProgressStore

            saved = ProgressStore().language()
        except Exception:  # noqa: BLE001 - an unreadable state never blocks a listing
            saved = None
    return resolve_language(cli_lang, saved)


def _report_problems(catalog: Catalog) -> None:
    for problem in catalog.problems:
        _err(str(problem))


def _progress_of(lesson_ids: list[str]) -> dict[str, Any]:
    try:
        from autograd_tui.tutor.progress import ProgressStore

        store = ProgressStore()
        return {lid: store.lesson(lid) for lid in lesson_ids}
    except Exception:  # noqa: BLE001 - progress is a nicety in a listing
        return {}


def cmd_lessons(args) -> int:
    catalog = load_catalog(getattr(args, "lesson_dirs", None) or [])
    _report_problems(catalog)
    progress = _progress_of([lesson.id for lesson in catalog.lessons])
    if getattr(args, "json", False):
        items = []
        for lesson in catalog.lessons:
            entry = progress.get(lesson.id)
            items.append({
                "id": lesson.id,
                "title": {"tr": lesson.title.tr, "en": lesson.title.en},
                "summary": ({"tr": lesson.summary.tr, "en": lesson.summary.en} if lesson.summary else None),
                "kinds": lesson.kinds(),
                "steps": len(lesson.steps),
                "shipped": lesson.id in catalog.shipped_ids,
                "path": str(lesson.path),
                "progress": ({"status": entry.status(), "step": entry.step, "total": len(lesson.steps)}
                             if entry is not None else {"status": "new", "step": 0, "total": len(lesson.steps)}),
            })
        print(json.dumps(items, ensure_ascii=False, indent=2))
        return 0
    lang = resolve_lang(getattr(args, "lang", None))
    status_words = {
        "tr": {"new": "başlanmadı", "started": "adım {k}/{n}", "done": "bitti"},
        "en": {"new": "not started", "started": "step {k} of {n}", "done": "done"},
    }[lang]
    width = max((len(lesson.id) for lesson in catalog.lessons), default=2)
    for lesson in catalog.lessons:
        kinds = lesson.kinds()
        entry = progress.get(lesson.id)
        status = entry.status() if entry is not None else "new"
        status_text = status_words[status].format(k=min(entry.step + 1, len(lesson.steps)) if entry else 1,
                                                   n=len(lesson.steps))
        counts = (f"{kinds['code']} kod, {kinds['task']} görev, {kinds['quiz']} soru" if lang == "tr"
                  else f"{kinds['code']} code, {kinds['task']} task{'s' if kinds['task'] != 1 else ''}, "
                     f"{kinds['quiz']} quiz{'zes' if kinds['quiz'] != 1 else ''}")
        print(f"{lesson.id:<{width}}  {lesson.title.get(lang)}  [{counts}; {status_text}]")
    return 0


def cmd_check(args) -> int:
    from autograd_tui.backend import BackendUnavailable
    from autograd_tui.lessons.checker import check_paths

    paths: list[Path] = []
    given = list(getattr(args, "paths", None) or [])
    for extra in getattr(args, "lesson_dirs", None) or []:
        given.append(extra)
    if not getattr(args, "paths", None):
        paths.extend(lesson_files(shipped_lessons_dir()))
    for name in given:
        path = Path(name)
        if path.is_dir():
            found = lesson_files(path)
            if not found:
                print(f"{name}:1: no lesson files (*.yaml) in this folder")
            paths.extend(found)
        elif path.exists():
            paths.append(path)
        else:
            print(f"{name}:1: no such file")
            return 1
    backend = getattr(args, "backend", "embedded") or "embedded"
    try:
        summary = check_paths(paths, backend)
    except BackendUnavailable as exc:
        _err(f"autograd-tui: {exc}")
        return 1
    for problem in summary.problems:
        print(problem)
    engine = "real PyTorch" if backend == "torch" else "the embedded engine"
    count = len(summary.problems)
    verdict = "all good" if not count else f"{count} problem{'s' if count != 1 else ''}"
    _err(f"checked {summary.files} lesson file{'s' if summary.files != 1 else ''} "
         f"({summary.steps_run} code runs on {engine}): {verdict}")
    return 0 if not count else 1


def cmd_demo(args) -> int:
    if not getattr(args, "auto", False):
        try:
            from autograd_tui.tutor import demo as interactive_demo  # issue 6: the instructor mode
        except ImportError:
            _err("autograd-tui: the interactive demo is not available yet; use `demo ID --auto`")
            return 2
        return interactive_demo.main(args)
    from autograd_tui.backend import BackendUnavailable
    from autograd_tui.lessons.transcript import play

    catalog = load_catalog(getattr(args, "lesson_dirs", None) or [])
    _report_problems(catalog)
    lesson = catalog.find(args.lesson_id)
    if lesson is None:
        _err(f"autograd-tui: no lesson '{args.lesson_id}' "
             f"(known: {', '.join(lesson.id for lesson in catalog.lessons)})")
        return 2
    lang = resolve_lang(getattr(args, "lang", None))
    out = sys.stdout

    def write(text: str) -> None:
        out.write(text)

    try:
        ok = play(lesson, lang, getattr(args, "backend", "embedded") or "embedded", write)
    except BackendUnavailable as exc:
        _err(f"autograd-tui: {exc}")
        return 1
    except BrokenPipeError:
        return 1
    out.flush()
    return 0 if ok else 1


def cmd_export(args) -> int:
    from autograd_tui.lessons import export as exporter  # issue 6: Markdown notes or a script

    return exporter.main(args)


def _name_external_folders(args) -> None:
    """Lesson code from ``--lessons DIR`` is about to run: say where it comes from (the README's
    trust model). On stderr, so transcripts and exports on stdout stay as they are."""
    folders = getattr(args, "lesson_dirs", None) or []
    if not folders:
        return
    from autograd_tui import i18n  # plain strings only; no rich, no prompt_toolkit

    lang = resolve_lang(getattr(args, "lang", None))
    for folder in folders:
        _err(i18n.t("app.external_lessons", lang, dir=os.path.abspath(folder)))


def _quiet_stdout() -> None:
    # why: `lessons --json | head -1`: the reader left; a later flush must not fail again
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


def main(args) -> int:
    """Entry point for ``lessons``, ``check``, ``demo`` and ``export``; returns the exit status.

    Never a traceback: a closed pipe ends quietly, and anything unexpected becomes one sentence
    plus the details in ``errors.log`` in the state directory.
    """
    handlers = {"lessons": cmd_lessons, "check": cmd_check, "demo": cmd_demo, "export": cmd_export}
    try:
        if args.command in ("check", "demo", "export"):
            _name_external_folders(args)
        return handlers[args.command](args)
    except KeyboardInterrupt:
        _err("interrupted")
        return 130
    except BrokenPipeError:
        _quiet_stdout()
        return 1
    except Exception as exc:  # noqa: BLE001 - the last line of defence: no tracebacks
        try:
            from autograd_tui.repl.shell import log_internal_error
            from autograd_tui import i18n

            path = log_internal_error(exc)
            _err(i18n.t("app.fatal_error", resolve_lang(getattr(args, "lang", None)), path=path))
        except Exception:  # noqa: BLE001
            pass
        return 1
