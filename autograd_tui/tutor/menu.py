"""The welcome screen and the lesson menu, with progress and an offer to resume."""
from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from typing import Any, Sequence

from rich.cells import cell_len
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from autograd_tui import i18n
from autograd_tui.lessons.model import Heading
from autograd_tui.repl.commands import as_typed, folded_forms, split_command
from autograd_tui.repl.multiline import is_command, looks_like_code
from autograd_tui.settings import LANGS
from autograd_tui.tutor.progress import LessonProgress, ProgressStore, progress_bar


LESSON_ID_LIKE = re.compile(r"[\w-]+")   # a lesson id, number or a slip of one: never called code

@dataclass
class MenuChoice:
    action: str                 # "lesson", "repl" or "quit"
    lesson: Heading | None = None  # the listed lesson; App opens it in full


QUIT_WORDS = {"quit", "çık", "cik", "exit", "q"}
LANG_WORDS = {"lang", "dil"}
HELP_WORDS = {"help", "yardım", "yardim", "?"}
REPL_WORDS = {"repl", "sandbox", "deneme"}
MENU_WORDS = {"menu", "menü"}
PAGE_WORDS = {"page", "sayfa"}
PAGE_SIZE = 50   # why: a table of 10,000 rows took 7 s to draw; a page is what one reads anyway
MIN_LINES = 8    # on a screen where fewer lines of lessons would fit, the welcome box gives way


def status_text(progress: LessonProgress | None, total: int, lang_t: Any) -> tuple[str, str]:
    """(text, style) for the progress column."""
    if progress is None or progress.status() == "new":
        return lang_t("menu.status_new"), "dim"
    if progress.done:
        return "✓ " + lang_t("menu.status_done"), "green"
    k = min(progress.step + 1, total)
    return lang_t("menu.status_step", k=k, n=total), "yellow"


class Menu:
    def __init__(self, shell: Any, lessons: Sequence[Heading], store: ProgressStore,
                 broken: int = 0) -> None:
        self.shell = shell
        self.lessons = lessons
        self.store = store
        self.broken = broken
        # the first lesson of the page shown; pages are cut to fit the screen, which may change
        # size, so the page is kept as the lesson it starts with
        self.first = 0
        # why: on a screen too short for one lesson under the full texts (40x12), the page line
        # and the choice line are said short and the course bar is left out
        self.compact = False
        resume = self.resume_candidate()
        if resume is not None:   # why: open on the page of the lesson Enter resumes
            self.first = next(i for i, lesson in enumerate(lessons) if lesson is resume[0])

    def t(self, key: str, **kw: Any) -> str:
        return self.shell.t(key, **kw)

    @property
    def ui(self) -> Any:
        return self.shell.ui

    def resume_candidate(self) -> tuple[Heading, LessonProgress] | None:
        """The lesson left unfinished most recently (the one named ``last`` if it qualifies)."""
        progress = self.store.lessons()
        candidates = [(lesson, progress[lesson.id]) for lesson in self.lessons
                      if lesson.id in progress and not progress[lesson.id].done
                      and progress[lesson.id].step > 0]
        if not candidates:
            return None
        last = self.store.last()
        for lesson, p in candidates:
            if lesson.id == last:
                return lesson, p
        return max(candidates, key=lambda c: c[1].updated)

    def draw_welcome(self) -> None:
        self.ui.line()
        self.ui.panel(self.t("menu.welcome_body"), title=self.t("menu.welcome_title"), style="cyan")

    def _welcome_lines(self) -> int:
        """The lines :meth:`draw_welcome` takes: a blank one, then the box."""
        return 1 + int(self.ui.lines_of(Panel(Text(self.t("menu.welcome_body")),
                                              title=Text(self.t("menu.welcome_title")))))

    # ------------------------------------------------------------------ pages
    def _statuses(self) -> list[tuple[str, str]]:
        progress = self.store.lessons()
        return [status_text(progress.get(lesson.id), lesson.step_count, self.t)
                for lesson in self.lessons]

    def _widths(self, statuses: list[tuple[str, str]]) -> tuple[int, int]:
        """(lesson, progress) column widths that fill at most the screen's width."""
        width = self.ui.width
        number = len(str(len(self.lessons)))
        progress = min(max([cell_len(self.t("menu.col_progress"))] +
                           [cell_len(text) for text, _ in statuses]), max(8, width // 3))
        widest = max([cell_len(self.t("menu.col_lesson"))] +
                     [cell_len(lesson.title.get(self.shell.lang)) for lesson in self.lessons])
        return max(8, min(widest, width - 6 - number - progress)), progress

    def _row_heights(self, statuses: list[tuple[str, str]], widths: tuple[int, int]) -> list[int]:
        console = self.ui.console

        def height(text: str, width: int) -> int:
            return 1 if cell_len(text) <= width else len(Text(text).wrap(console, width))

        return [max(height(lesson.title.get(self.shell.lang), widths[0]), height(status, widths[1]))
                for lesson, (status, _) in zip(self.lessons, statuses)]

    def _room_for_rows(self, height: int, paged: bool, compact: bool = False) -> int:
        """The screen lines left for lesson rows once everything else of the menu is drawn."""
        n = len(self.lessons)
        others = [self.t("menu.lessons_title"), self.t("menu.choose_short" if compact else "menu.choose")]
        if not compact:
            others.append(self.t("menu.course_progress", done=n, total=n, bar=progress_bar(n, n)))
        if paged:
            others.append(self.t("menu.page_short" if compact else "menu.page", page=n, pages=n, first=n,
                                 last=n, total=n))
        if self.broken:
            others.append(self.t("menu.broken_count", count=self.broken))
        resume = self.resume_candidate()
        if resume is not None:
            lesson, p = resume
            others.append(self.t("menu.resume_offer", title=lesson.title.get(self.shell.lang),
                                 k=min(p.step + 1, lesson.step_count), n=lesson.step_count))
        header, prompt = 1, 1
        return height - header - prompt - sum(self.ui.lines_of(text) for text in others)

    def page_starts(self) -> tuple[list[int], bool]:
        """The first lesson of each page, and whether the welcome box fits above a page.

        On a screen a page is what fits under the welcome box (when that leaves at least
        MIN_LINES lines for lessons) or else alone, so the menu's title never scrolls away;
        every page keeps that room, so the pages stay the same whichever is drawn first.
        Elsewhere (a pipe) a page is PAGE_SIZE lessons."""
        n = len(self.lessons)
        height = self.ui.height
        self.compact = False
        if height is None or not n:
            return list(range(0, n, PAGE_SIZE)) or [0], True
        statuses = self._statuses()
        heights = self._row_heights(statuses, self._widths(statuses))
        welcome_lines = self._welcome_lines()
        for paged in (False, True):
            room = self._room_for_rows(height, paged)
            welcome = room - welcome_lines >= min(MIN_LINES, sum(heights))
            if welcome:
                room -= welcome_lines
            if not paged and sum(heights) <= room and n <= PAGE_SIZE:
                return [0], welcome
        if room < max(heights):   # not even the tallest lesson fits under the full texts
            self.compact = True
            room, welcome = self._room_for_rows(height, True, compact=True), False
        room = max(1, room)
        starts, used = [0], 0
        for i, rows in enumerate(heights):
            if used and (used + rows > room or i - starts[-1] >= PAGE_SIZE):
                starts.append(i)
                used = 0
            used += rows
        return starts, welcome

    @property
    def pages(self) -> int:
        return len(self.page_starts()[0])

    def draw(self, *, welcome: bool = True) -> None:
        """The menu, a page of it on a screen too short for all (see :meth:`page_starts`)."""
        lang = self.shell.lang
        starts, welcome_fits = self.page_starts()
        if welcome and welcome_fits:
            self.draw_welcome()
        if not self.lessons:
            self.ui.warn(self.t("app.no_lessons"))
        else:
            page = max(i for i, start in enumerate(starts) if start <= self.first)
            first = starts[page]
            last = starts[page + 1] if page + 1 < len(starts) else len(self.lessons)
            self.first = first
            fixed = self.ui.height is not None
            table = Table(title=Text(self.t("menu.lessons_title"), style="bold"),
                          title_justify="left", box=None, padding=(0, 1), expand=False,
                          show_edge=False)
            statuses = self._statuses()
            widths = self._widths(statuses) if fixed else (None, None)
            table.add_column(self.t("menu.col_number"), justify="right", style="bold cyan",
                             no_wrap=True)
            # why: on a screen the widths are the ones the page was measured with
            table.add_column(self.t("menu.col_lesson"), overflow="fold", ratio=None if fixed else 3,
                             width=widths[0])
            table.add_column(self.t("menu.col_progress"), overflow="fold", ratio=None if fixed else 1,
                             width=widths[1])
            for i in range(first, last):
                text, style = statuses[i]
                table.add_row(str(i + 1), Text(self.lessons[i].title.get(lang)), Text(text, style=style))
            self.ui.print(table)
            if len(starts) > 1:
                # why: a page of one lesson (a tiny screen) said "lessons 22–22 of 22"
                key = ("menu.page_short" if self.compact else
                       "menu.page" if last > first + 1 else "menu.page_one")
                self.ui.dim(self.t(key, page=page + 1, pages=len(starts), first=first + 1,
                                   last=last, total=len(self.lessons)))
            progress = self.store.lessons()
            done = sum(1 for lesson in self.lessons
                       if lesson.id in progress and progress[lesson.id].done)
            if not self.compact:
                self.ui.info(self.t("menu.course_progress", done=done, total=len(self.lessons),
                                    bar=progress_bar(done, len(self.lessons))))
        if self.broken:
            self.ui.warn(self.t("menu.broken_count", count=self.broken))
        resume = self.resume_candidate()
        if resume is not None:
            lesson, p = resume
            self.ui.success(self.t("menu.resume_offer", title=lesson.title.get(lang),
                                   k=min(p.step + 1, lesson.step_count), n=lesson.step_count))
        self.ui.dim(self.t("menu.choose_short" if self.compact else "menu.choose"))

    def choose(self, *, welcome: bool = True) -> MenuChoice:
        """Show the menu and read until the learner picks something. EOF means quit."""
        self.draw(welcome=welcome)
        while True:
            try:
                text = self.shell.reader.read_line(self.t("menu.prompt"))
            except KeyboardInterrupt:
                continue  # Ctrl-C clears the line, as everywhere
            except EOFError:
                return MenuChoice("quit")
            choice = self.interpret(text)
            if choice is not None:
                return choice

    def interpret(self, text: str) -> MenuChoice | None:
        text = text.strip()
        if not text:
            resume = self.resume_candidate()
            if resume is not None:
                return MenuChoice("lesson", resume[0])
            self.ui.dim(self.t("menu.choose"))
            return None
        if is_command(text):
            word, arg = split_command(text)
            forms = set(folded_forms(word))
            if forms & QUIT_WORDS:
                return MenuChoice("quit")
            if forms & REPL_WORDS:
                return MenuChoice("repl")
            if forms & LANG_WORDS:
                if arg.lower() in LANGS:
                    self.shell.set_language(arg.lower())
                    self.ui.info(self.t("repl.lang_set"))
                    self.draw()
                else:
                    self.ui.info(self.t("repl.lang_usage"))
                return None
            if forms & PAGE_WORDS:
                self.turn_page(arg)
                return None
            if forms & HELP_WORDS:
                self.ui.dim(self.t("menu.choose"))
                return None
            if forms & MENU_WORDS:
                self.draw()
                return None
            if self.shell.registry.get(word) is not None:
                self.ui.info(self.t("menu.only_here", name=word))
            else:
                self.ui.warn(self.t("repl.unknown_command", name=as_typed(word)))
                guess = self._suggest(word)
                if guess:   # as the prompt does: ":yardm" was only "unknown" here
                    self.ui.info(self.t("repl.did_you_mean", name=i18n.Word(guess)))
            return None
        lesson = self.find(text)
        if lesson is None and looks_like_code(text) and not LESSON_ID_LIKE.fullmatch(text):
            # why: code typed here ran nowhere and was gone; `my-lesson` parses too, but is an id
            self.shell.reader.remember(text)
            self.ui.info(self.t("menu.code_not_choice"))
            return None
        if lesson is None:
            self.ui.warn(self.t("menu.invalid_choice", choice=as_typed(text), n=len(self.lessons)))
            return None
        return MenuChoice("lesson", lesson)

    def _suggest(self, word: str) -> str | None:
        """The menu command closest to ``word`` (in either language), named in the learner's."""
        pairs = {"quit": "çık", "lang": "dil", "help": "yardım", "repl": "deneme", "menu": "menü", "page": "sayfa"}
        forms = {**{en: en for en in pairs}, **{tr: en for en, tr in pairs.items()}}
        guess = difflib.get_close_matches(word.lower(), list(forms), n=1, cutoff=0.6)
        if not guess:
            return None
        english = forms[guess[0]]
        return pairs[english] if self.shell.lang == "tr" else english

    def turn_page(self, arg: str) -> None:
        """``:page`` shows the next page (after the last, the first), ``:page N`` page N."""
        arg = arg.strip()
        starts = self.page_starts()[0]
        if not arg:
            page = max(i for i, start in enumerate(starts) if start <= self.first)
            self.first = starts[(page + 1) % len(starts)]
        elif arg.isascii() and arg.isdigit() and len(arg) <= 6 and 1 <= int(arg) <= len(starts):
            self.first = starts[int(arg) - 1]
        else:
            self.ui.warn(self.t("menu.page_usage", pages=len(starts)))
            return
        self.draw(welcome=False)

    def find(self, text: str) -> Heading | None:
        # why: str.isdigit() is true for '²' and '①', which int() refuses; and int() of
        # thousands of digits raises too
        if text.isascii() and text.isdigit() and len(text) <= 6:
            n = int(text)
            return self.lessons[n - 1] if 1 <= n <= len(self.lessons) else None
        for lesson in self.lessons:
            if lesson.id == text:
                return lesson
        matches = [lesson for lesson in self.lessons if lesson.id.startswith(text)]
        return matches[0] if len(matches) == 1 else None
