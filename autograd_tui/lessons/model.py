"""The lesson format as Python objects.

A :class:`Lesson` is a list of steps of four kinds, ``text``, ``code``, ``task`` and ``quiz``.
Every learner-facing text is a :class:`Text` with a Turkish and an English Markdown form.
Every object remembers the line it came from (``line``) and the line of each of its fields
(``lines``), so that problems can be reported as ``FILE:LINE: message``.

The YAML layout is described in ``docs/authoring.md`` and ``schema.json``; :mod:`loader`
turns a file into these objects.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Union

STEP_KINDS = ("text", "code", "task", "quiz")


@dataclass(frozen=True)
class Text:
    """One piece of learner-facing Markdown, in both languages."""

    tr: str
    en: str
    line: int = 0

    def get(self, lang: str) -> str:
        """The text in ``lang`` (one of :data:`~autograd_tui.settings.LANGS`); English if the language is unknown."""
        return self.tr if lang == "tr" else self.en


@dataclass(frozen=True)
class Hint(Text):
    """A task's hint; ``skip_if_source`` (a regex over the code the learner ran in the step)
    marks what it would say that the code already does, so a hint never repeats it."""

    skip_if_source: str | None = None


@dataclass
class Credits:
    """Where a lesson's material comes from (shown in the lesson's metadata, not as text)."""

    source: str
    url: str = ""
    author: str = ""
    note: Text | None = None


@dataclass
class Step:
    """Fields shared by every step kind. ``index`` is the 0-based position in the lesson."""

    id: str
    kind: str
    index: int
    line: int
    lines: dict[str, int] = field(default_factory=dict, repr=False)

    def line_of(self, name: str) -> int:
        """The line of field ``name``, else the step's own line."""
        return self.lines.get(name, self.line)


@dataclass
class TextStep(Step):
    text: Text | None = None


@dataclass
class CodeStep(Step):
    """Code the lesson runs; ``output`` is what it must print (recorded from real PyTorch).

    Code that draws (``viz.show_graph(z)``) speaks the lesson's language, so its output is
    recorded per language in ``outputs``; ``output`` is then the English one. A step whose
    output is the same in both languages has an empty ``outputs``.
    """

    code: str = ""
    text: Text | None = None              # optional explanation shown above the code
    output: str = ""                      # expected transcript: prints, echo, traceback
    raises: str | None = None             # e.g. "RuntimeError" when the step is meant to fail
    ignore_output_lines: list[str] = field(default_factory=list)  # regexes, machine-dependent lines
    outputs: dict[str, str] = field(default_factory=dict)  # by language, when they differ

    def output_for(self, lang: str) -> str:
        """The expected output when the lesson runs in ``lang``."""
        return self.outputs.get(lang, self.output)


@dataclass
class Mistake:
    """A known mistake in a task, recognised after the learner's code has run.

    Every condition that is given must hold: ``when`` is a Python expression over the
    namespace, ``error`` a regular expression searched in the learner's ``Type: message``
    line, ``source`` a regular expression searched in the learner's code. ``example`` is code
    that makes exactly this mistake (``check`` proves the detector fires on it).

    A detector speaks only about what the learner just did. ``error`` and ``source`` look at
    the line itself; a ``when`` alone fires only after a line that touched one of ``about``:
    names (``b``), attributes (``model.fc``) or calls (``z.backward``, ``*.backward``). When
    ``about`` is not given it is what the example's last statement does; ``about: []`` means
    the mistake is judged only when the learner submits with ``:check``.
    """

    id: str
    message: Text
    example: str
    when: str | None = None
    error: str | None = None
    source: str | None = None
    about: list[str] | None = None
    line: int = 0
    lines: dict[str, int] = field(default_factory=dict, repr=False)


@dataclass
class Derivative:
    """A derivative task: the learner types d(function)/d(wrt) worked out by hand (``12*x``);
    it is compared with autograd's gradient at random points (see :mod:`derivative`)."""

    function: str                                   # "6*x**2 - 2*y**3"
    wrt: str                                        # "x"
    domain: dict[str, tuple[float, float]] = field(default_factory=dict)  # default ±3
    line: int = 0


@dataclass
class TaskStep(Step):
    """The learner writes code; ``check`` (an expression over the namespace) decides, or, in a
    derivative task, the learner's typed derivative is compared with autograd's."""

    prompt: Text | None = None
    check: str = ""
    solution: str = ""
    hints: list[Hint] = field(default_factory=list)
    mistakes: list[Mistake] = field(default_factory=list)
    success: Text | None = None
    derivative: Derivative | None = None


@dataclass
class Choice:
    """One answer of a quiz: either Markdown in both languages or literal code/output."""

    id: str
    text: Text | None = None
    code: str | None = None
    explain: Text | None = None   # why this choice is right or wrong, shown once it is picked
    line: int = 0

    def label(self, lang: str) -> str:
        if self.text is not None:
            return self.text.get(lang)
        return self.code or ""


@dataclass
class QuizStep(Step):
    """Multiple choice (``style: choice``) or predict-the-output (``style: predict``).

    A predict quiz shows ``code``; its correct choice must equal the recorded ``output``.
    After the learner answers, the code runs in the namespace like a code step.
    """

    style: str = "choice"
    question: Text | None = None
    choices: list[Choice] = field(default_factory=list)
    answer: str = ""
    explanation: Text | None = None
    code: str | None = None
    output: str = ""

    def answer_choice(self) -> Choice | None:
        return next((c for c in self.choices if c.id == self.answer), None)


AnyStep = Union[TextStep, CodeStep, TaskStep, QuizStep]


@dataclass
class Lesson:
    id: str
    title: Text
    steps: list[AnyStep]
    path: Path
    summary: Text | None = None
    recap: Text | None = None        # the author's summary, shown on the lesson's end screen
    credits: Credits | None = None
    setup: str = ""          # hidden code run before the first step (also on replay)
    check_setup: str = ""    # code run only by `check` and `demo --auto`, in a scratch folder
    order: int | None = None
    line: int = 1
    lines: dict[str, int] = field(default_factory=dict, repr=False)

    def kinds(self) -> dict[str, int]:
        """Step counts by kind, every kind present (``{"text": 5, "code": 6, …}``)."""
        counts = {kind: 0 for kind in STEP_KINDS}
        for step in self.steps:
            counts[step.kind] += 1
        return counts

    @property
    def step_count(self) -> int:
        return len(self.steps)

    def step_index(self, step_id: str) -> int | None:
        return next((s.index for s in self.steps if s.id == step_id), None)


@dataclass(frozen=True)
class LessonInfo:
    """What a listing shows of a valid lesson, without its steps (see :mod:`index`).

    Wherever only the heading matters (the menu, ``lessons``, the course a lesson belongs to),
    a :class:`Lesson` serves as well: both have ``id``, ``title``, ``summary``, ``path``,
    ``step_count`` and ``kinds()``.
    """

    id: str
    title: Text
    summary: Text | None
    step_kinds: dict[str, int]
    path: Path
    id_line: int = 1

    @classmethod
    def of(cls, lesson: Lesson) -> LessonInfo:
        return cls(id=lesson.id, title=lesson.title, summary=lesson.summary, step_kinds=lesson.kinds(),
                   path=lesson.path, id_line=lesson.lines.get("id", 1))

    def kinds(self) -> dict[str, int]:
        return dict(self.step_kinds)

    @property
    def step_count(self) -> int:
        return sum(self.step_kinds.values())


Heading = Union[Lesson, LessonInfo]
