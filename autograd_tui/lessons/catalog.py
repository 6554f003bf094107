"""Finding lessons: the shipped ones, plus any folder given with ``--lessons DIR``.

A broken file never hides a good lesson: it is reported (as ``FILE:LINE: message``) and
skipped. Shipped lessons come first; a lesson from an extra folder whose id is already taken
is reported and skipped too.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from typing import Sequence, TypeVar

from autograd_tui.lessons.loader import LoadResult, display_path, load_lesson
from autograd_tui.lessons.problem import Problem, msg
from autograd_tui.lessons.model import Heading, Lesson

LESSON_SUFFIXES = (".yaml", ".yml")


def shipped_lessons_dir() -> Path:
    """The folder of the lessons installed with the package (``lessons/`` in the repo)."""
    try:
        return Path(str(resources.files("autograd_tui.shipped_lessons")))
    except ModuleNotFoundError:  # why: a source tree run without installing (tools/, a torch venv)
        return Path(__file__).resolve().parent.parent.parent / "lessons"


def schema_path() -> Path:
    """The JSON Schema of the lesson format, shipped as package data."""
    return Path(str(resources.files("autograd_tui.lessons") / "schema.json"))


def lesson_files(folder: Path) -> list[Path]:
    """The lesson files in ``folder``, in name order (``01-…`` before ``02-…``)."""
    try:
        with os.scandir(folder) as scan:
            # why: a DirEntry knows its type without a stat, and names sort faster than Paths
            names = sorted(entry.name for entry in scan
                           if os.path.splitext(entry.name)[1] in LESSON_SUFFIXES and _not_a_folder(entry))
    except OSError:
        return []
    return [folder / name for name in names]


def _not_a_folder(entry: os.DirEntry) -> bool:
    # why: not only regular files: a broken link, a link loop or a FIFO named *.yaml is then
    # reported by the loader with its name, where it used to vanish and `check` said "all good"
    try:
        return not entry.is_dir()
    except OSError:
        return True


@dataclass
class Catalog:
    lessons: list[Lesson] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    shipped_ids: set[str] = field(default_factory=set)
    ids: set[str] = field(default_factory=set)   # why: a set, since a folder may hold thousands

    def find(self, lesson_id: str) -> Lesson | None:
        """The lesson with this id, or the only one whose id starts with it (``03`` → ``03-…``)."""
        return find_lesson(self.lessons, lesson_id)


H = TypeVar("H", bound=Heading)


def find_lesson(lessons: Sequence[H], lesson_id: str) -> H | None:
    """The lesson with this id, or the only one whose id starts with it (``03`` → ``03-…``)."""
    for lesson in lessons:
        if lesson.id == lesson_id:
            return lesson
    matches = [lesson for lesson in lessons if lesson.id.startswith(lesson_id)]
    if len(matches) == 1:
        return matches[0]
    # "3" should find "03-…" too.
    if lesson_id.isdigit():
        matches = [lesson for lesson in lessons
                   if lesson.id.split("-", 1)[0].lstrip("0") == lesson_id.lstrip("0")]
        if len(matches) == 1:
            return matches[0]
    return None


def _add(catalog: Catalog, result: LoadResult) -> None:
    if result.lesson is None or result.problems:
        catalog.problems.extend(result.problems)
        return
    lesson = result.lesson
    if lesson.id in catalog.ids:
        catalog.problems.append(Problem(display_path(result.path), lesson.lines.get("id", 1),
                                        msg("problem.lesson_id_taken", id=lesson.id)))
        return
    catalog.lessons.append(lesson)
    catalog.ids.add(lesson.id)


def load_catalog(extra_dirs: list[str] | None = None, *, include_shipped: bool = True) -> Catalog:
    """Every loadable lesson, shipped first, then each extra folder in order."""
    catalog = Catalog()
    if include_shipped:
        for path in lesson_files(shipped_lessons_dir()):
            _add(catalog, load_lesson(path))
        catalog.shipped_ids = {lesson.id for lesson in catalog.lessons}
    for folder in extra_dirs or []:
        base = Path(folder)
        if base.is_file() and base.suffix in LESSON_SUFFIXES:
            _add(catalog, load_lesson(base))
            continue
        if not base.is_dir():
            catalog.problems.append(Problem(str(folder), 1, msg("problem.not_a_lesson_folder")))
            continue
        for path in lesson_files(base):
            _add(catalog, load_lesson(path))
    return catalog
