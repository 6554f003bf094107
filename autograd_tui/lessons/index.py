"""The lesson index: what ``lessons`` and the menu show of each lesson, kept between runs.

Validating a lesson file in full (YAML, every field, compiling its code) costs about a
millisecond on a fast machine and more on a busy one, so a folder of 10,000 files took 20 s to
list on every start. The index keeps each file's verdict, its heading (id, titles, steps by
kind) or its problems, in one JSON file in the state directory, keyed by the file's path and
its stat (mtime, ctime, size, inode) and by the loader's own files. A file whose stat changed is
validated again in full; an index file that is damaged, foreign or unreadable is ignored and
rewritten. It is plain data, read with ``json.loads`` and checked entry by entry: a bad entry
only means that file is read again.

Opening a lesson reads its file again in full (:meth:`Index.open`), so the index only ever
decides what is listed, never what runs.
"""
from __future__ import annotations

import json
import os
import stat
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from autograd_tui import __version__
from autograd_tui.lessons import derivative, loader, model, yaml_errors
from autograd_tui.lessons.catalog import LESSON_SUFFIXES, find_lesson, lesson_files, shipped_lessons_dir
from autograd_tui.lessons.loader import LoadResult, display_path, load_lesson
from autograd_tui.lessons.problem import Msg, Problem, msg
from autograd_tui.lessons.model import STEP_KINDS, Lesson, LessonInfo, Text
from autograd_tui.settings import state_dir

INDEX_FORMAT = 2   # 2: problems are kept as catalogue keys and values, not English text
MAX_INDEX_BYTES = 64 * 1024 * 1024   # ~400 bytes a lesson: far more lessons than anyone keeps
MAX_ENTRIES = 100_000                # beyond this, entries of folders not listed now are dropped
RACY_SECONDS = 2.0                   # why: a file written this recently may change again within
                                     # the same mtime tick; its verdict is not kept (as git does)


def index_path() -> Path:
    """Where the index lives: ``lesson-index.json`` in the state directory."""
    return state_dir() / "lesson-index.json"


def _stamp() -> str:
    """Changes whenever the code that validates lessons may have changed (a new version, or an
    edited source tree), so that no verdict outlives the rules that gave it."""
    parts = [f"{INDEX_FORMAT}", __version__]
    # why yaml_errors: it words a broken file's problem, which the index keeps as the verdict
    for module in (loader, model, derivative, yaml_errors):
        try:
            info = os.stat(str(module.__file__))
            parts.append(f"{info.st_mtime_ns}:{info.st_size}")
        except (OSError, TypeError):
            parts.append("?")
    return "/".join(parts)


def _file_key(info: os.stat_result) -> list[int]:
    return [info.st_mtime_ns, info.st_ctime_ns, info.st_size, info.st_ino]


@dataclass
class ExtraFolder:
    """What one ``--lessons DIR`` gave: its lesson files (-1: no such folder) and how many of
    them are listed, so the tutor never says "loaded" of a folder whose every file failed."""

    name: str
    files: int
    loaded: int

    def note(self) -> tuple[str, dict[str, Any]]:
        """The catalogue key that says so, and its fields (``dir`` is the absolute path)."""
        fields: dict[str, Any] = {"dir": os.path.abspath(self.name)}
        if self.loaded:
            return "app.external_lessons", fields
        if self.files < 0:
            return "app.external_none_missing", fields
        if not self.files:
            return "app.external_none_empty", fields
        return "app.external_none_broken", fields


@dataclass
class Index:
    """The lessons to list (shipped first, then each extra folder) and the problems of the rest."""

    lessons: list[LessonInfo] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    shipped_ids: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)
    extra: list[ExtraFolder] = field(default_factory=list)   # each --lessons DIR, in order
    hits: int = 0      # files whose verdict came from the index file
    misses: int = 0    # files validated in full

    def find(self, lesson_id: str) -> LessonInfo | None:
        """As :meth:`Catalog.find <autograd_tui.lessons.catalog.Catalog.find>`."""
        return find_lesson(self.lessons, lesson_id)

    def open(self, info: LessonInfo | Lesson) -> LoadResult:
        """The full lesson behind ``info``, read and validated again now.

        A file changed since it was listed may have become broken, or taken another id: both
        are problems of that file, and the caller shows them.
        """
        if isinstance(info, Lesson):
            return LoadResult(info.path, info, [])
        result = load_lesson(info.path)
        if result.ok and result.lesson is not None and result.lesson.id != info.id:
            shown = display_path(info.path)
            line = result.lesson.lines.get("id", 1)
            return LoadResult(info.path, None, [Problem(
                shown, line, msg("problem.lesson_id_changed", old=info.id, new=result.lesson.id))])
        return result


# ---------------------------------------------------------------------------------------------
# The index file
# ---------------------------------------------------------------------------------------------

def _read_index(path: Path, stamp: str) -> dict[str, Any]:
    """The entries of a valid index file, else an empty dict. Never raises, never blocks."""
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode) or info.st_size > MAX_INDEX_BYTES:
            return {}
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            data = json.loads(fh.read(MAX_INDEX_BYTES + 1))
    except (OSError, ValueError, RecursionError, MemoryError):
        return {}
    if not isinstance(data, dict) or data.get("stamp") != stamp:
        return {}
    entries = data.get("files")
    return entries if isinstance(entries, dict) else {}


def _write_index(path: Path, stamp: str, entries: dict[str, Any]) -> None:
    """Atomically, by rename; a state directory that cannot be written only costs speed."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".lesson-index.", suffix=".tmp", dir=path.parent)
    except OSError:
        return
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            # why: dumps encodes in C in one go; dump writes through Python chunk by chunk
            fh.write(json.dumps({"stamp": stamp, "files": entries}, separators=(",", ":")))
        os.replace(tmp, path)
    except (OSError, ValueError):
        try:
            os.unlink(tmp)
        except OSError:
            pass


def _is_str(value: Any) -> bool:
    return isinstance(value, str)


def _text(value: Any) -> Text | None:
    if isinstance(value, list) and len(value) == 2 and all(map(_is_str, value)):
        return Text(value[0], value[1])
    return None


def _info_from_entry(entry: Any, path: Path) -> LessonInfo | list[tuple[int, Msg]] | None:
    """The heading or the problems an entry records, or None when it is malformed."""
    if not isinstance(entry, dict):
        return None
    problems = entry.get("problems")
    if problems is not None:
        if not isinstance(problems, list) or not problems:
            return None
        found: list[tuple[int, Msg]] = []
        for p in problems:
            message = Msg.from_data(p[1]) if isinstance(p, list) and len(p) == 2 and type(p[0]) is int else None
            if message is None:
                return None
            found.append((p[0], message))
        return found
    heading = entry.get("lesson")
    if not isinstance(heading, dict):
        return None
    lesson_id, title = heading.get("id"), _text(heading.get("title"))
    summary_value = heading.get("summary")
    summary = None if summary_value is None else _text(summary_value)
    kinds, id_line = heading.get("kinds"), heading.get("id_line")
    if (not _is_str(lesson_id) or title is None or (summary_value is not None and summary is None)
            or type(id_line) is not int or not isinstance(kinds, list) or len(kinds) != len(STEP_KINDS)
            or not all(type(k) is int and k >= 0 for k in kinds)):
        return None
    return LessonInfo(id=str(lesson_id), title=title, summary=summary,
                      step_kinds=dict(zip(STEP_KINDS, kinds)), path=path, id_line=id_line)


def _entry_of(result: LoadResult) -> dict[str, Any]:
    if result.lesson is None or result.problems:
        return {"problems": [[p.line, p.msg.to_data()] for p in result.problems]}
    info = LessonInfo.of(result.lesson)
    return {"lesson": {
        "id": info.id,
        "title": [info.title.tr, info.title.en],
        "summary": [info.summary.tr, info.summary.en] if info.summary is not None else None,
        "kinds": [info.step_kinds[kind] for kind in STEP_KINDS],
        "id_line": info.id_line,
    }}


# ---------------------------------------------------------------------------------------------
# Building the index
# ---------------------------------------------------------------------------------------------

class _Builder:
    def __init__(self, cache: Path | None) -> None:
        self.cache = cache
        self.stamp = _stamp()
        self.old = _read_index(cache, self.stamp) if cache is not None else {}
        self.new: dict[str, Any] = {}
        self.index = Index()
        self.now = time.time()

    def add(self, path: Path, key: str | None = None) -> None:
        """Lists ``path`` (``key``: its absolute path as text, when the caller has it)."""
        index = self.index
        key = key or os.path.abspath(path)
        try:
            stat_key = _file_key(os.stat(key))
        except OSError:
            stat_key = None
        verdict: LessonInfo | list[tuple[int, Msg]] | None = None
        old = self.old.get(key)
        if stat_key is not None and isinstance(old, dict) and old.get("stat") == stat_key:
            verdict = _info_from_entry(old.get("verdict"), path)
        if verdict is None:
            index.misses += 1
            result = load_lesson(path)
            entry = _entry_of(result)
            verdict = _info_from_entry(entry, path)
            if stat_key is not None and self.now - stat_key[0] / 1e9 > RACY_SECONDS:
                self.new[key] = {"stat": stat_key, "verdict": entry}
        else:
            index.hits += 1
            self.new[key] = old
        if isinstance(verdict, LessonInfo):
            self._take(verdict)
        elif verdict is not None:
            shown = display_path(path)
            index.problems.extend(Problem(shown, line, message) for line, message in verdict)

    def _take(self, info: LessonInfo) -> None:
        index = self.index
        if info.id in index.ids:
            index.problems.append(Problem(display_path(info.path), info.id_line,
                                          msg("problem.lesson_id_taken", id=info.id)))
            return
        index.lessons.append(info)
        index.ids.add(info.id)

    def save(self, listed_dirs: set[str]) -> None:
        if self.cache is None or not self.index.misses and len(self.new) == len(self.old):
            return
        merged = dict(self.new)
        for key, value in self.old.items():
            # why: several folders share the index; keep the others' entries, not this one's gone files
            if key not in merged and os.path.dirname(key) not in listed_dirs and len(merged) < MAX_ENTRIES:
                merged[key] = value
        _write_index(self.cache, self.stamp, merged)


def _add_folder(builder: _Builder, folder: Path) -> tuple[str, int]:
    """Lists every lesson file of ``folder``; returns the folder's absolute path and how many
    lesson files it has."""
    absolute = os.path.abspath(folder)
    files = lesson_files(folder)
    for path in files:
        # why: one join of strings per file; Path's str() twice per file cost more than the stat
        builder.add(path, os.path.join(absolute, path.name))
    return absolute, len(files)


def load_index(extra_dirs: list[str] | None = None, *, include_shipped: bool = True,
               cache: Path | None = None) -> Index:
    """Every lesson to list, shipped first, then each extra folder in order, as
    :func:`~autograd_tui.lessons.catalog.load_catalog` finds them; ``cache`` is the index file
    (None: validate every file, keep nothing)."""
    builder = _Builder(cache)
    index = builder.index
    listed: set[str] = set()
    if include_shipped:
        listed.add(_add_folder(builder, shipped_lessons_dir())[0])
        index.shipped_ids = set(index.ids)
    for name in extra_dirs or []:
        base = Path(name)
        before = len(index.lessons)
        problems_before = len(index.problems)
        if base.is_file() and base.suffix in LESSON_SUFFIXES:
            builder.add(base)
            files = 1
        elif not base.is_dir():
            index.problems.append(Problem(str(name), 1, msg("problem.not_a_lesson_folder")))
            files = -1
        else:
            absolute, files = _add_folder(builder, base)
            listed.add(absolute)
            _one_line_for_a_copy_of_the_course(index, problems_before, str(name))
        index.extra.append(ExtraFolder(str(name), files, len(index.lessons) - before))
    builder.save(listed)
    return index


def _one_line_for_a_copy_of_the_course(index: Index, start: int, folder: str) -> None:
    """``--lessons lessons`` in a clone of the project is the built-in course again: one line
    that says so replaces a "lesson id … already used" line per file (22 of them). A folder
    that repeats only a few built-in ids keeps each one, with its file and line."""
    shipped = [problem for problem in index.problems[start:]
               if problem.msg.key == "problem.lesson_id_taken"
               and dict(problem.msg.params).get("id") in index.shipped_ids]
    if len(shipped) < 2 or len(shipped) * 2 < len(index.shipped_ids):
        return
    index.problems[start:] = [problem for problem in index.problems[start:] if problem not in shipped]
    index.problems.append(Problem(folder, 1, msg("problem.folder_is_the_course", n=len(shipped))))
