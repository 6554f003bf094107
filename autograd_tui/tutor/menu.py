"""The welcome screen and the lesson menu, with progress and an offer to resume."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from rich.table import Table
from rich.text import Text

from autograd_tui.lessons.model import Heading
from autograd_tui.repl.commands import folded_forms, split_command
from autograd_tui.repl.multiline import is_command
from autograd_tui.settings import LANGS
from autograd_tui.tutor.progress import LessonProgress, ProgressStore, progress_bar


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
        self.page = 0
        resume = self.resume_candidate()
        if resume is not None:   # why: open on the page of the lesson Enter resumes
            self.page = next(i for i, lesson in enumerate(lessons) if lesson is resume[0]) // PAGE_SIZE

    @property
    def pages(self) -> int:
        return max(1, -(-len(self.lessons) // PAGE_SIZE))

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

    def draw(self, *, welcome: bool = True) -> None:
        lang = self.shell.lang
        if welcome:
            self.draw_welcome()
        if not self.lessons:
            self.ui.warn(self.t("app.no_lessons"))
        else:
            table = Table(title=Text(self.t("menu.lessons_title"), style="bold"),
                          title_justify="left", box=None, padding=(0, 1), expand=False,
                          show_edge=False)
            table.add_column(self.t("menu.col_number"), justify="right", style="bold cyan",
                             no_wrap=True)
            table.add_column(self.t("menu.col_lesson"), overflow="fold", ratio=3)
            table.add_column(self.t("menu.col_progress"), overflow="fold", ratio=1)
            progress = self.store.lessons()
            first = self.page * PAGE_SIZE
            for i, lesson in enumerate(self.lessons[first:first + PAGE_SIZE], first + 1):
                text, style = status_text(progress.get(lesson.id), lesson.step_count, self.t)
                table.add_row(str(i), Text(lesson.title.get(lang)), Text(text, style=style))
            self.ui.print(table)
            if self.pages > 1:
                self.ui.dim(self.t("menu.page", page=self.page + 1, pages=self.pages, first=first + 1,
                                   last=min(first + PAGE_SIZE, len(self.lessons)), total=len(self.lessons)))
            done = sum(1 for lesson in self.lessons
                       if lesson.id in progress and progress[lesson.id].done)
            self.ui.info(self.t("menu.course_progress", done=done, total=len(self.lessons),
                                bar=progress_bar(done, len(self.lessons))))
        if self.broken:
            self.ui.warn(self.t("menu.broken_count", count=self.broken))
        resume = self.resume_candidate()
        if resume is not None:
            lesson, p = resume
            self.ui.success(self.t("menu.resume_offer", title=lesson.title.get(lang),
                                   k=min(p.step + 1, lesson.step_count), n=lesson.step_count))
        self.ui.dim(self.t("menu.choose"))

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
                self.ui.warn(self.t("repl.unknown_command", name=word))
            return None
        lesson = self.find(text)
        if lesson is None:
            self.ui.warn(self.t("menu.invalid_choice", choice=text, n=len(self.lessons)))
            return None
        return MenuChoice("lesson", lesson)

    def turn_page(self, arg: str) -> None:
        """``:page`` shows the next page (after the last, the first), ``:page N`` page N."""
        arg = arg.strip()
        if not arg:
            self.page = (self.page + 1) % self.pages
        elif arg.isascii() and arg.isdigit() and len(arg) <= 6 and 1 <= int(arg) <= self.pages:
            self.page = int(arg) - 1
        else:
            self.ui.warn(self.t("menu.page_usage", pages=self.pages))
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
