"""The learner's language everywhere: Turkish command names, Turkish case folding, the toolbar
on narrow terminals, the command line's help and errors, and the first-run language choice."""
from __future__ import annotations

from pathlib import Path

import pytest
from tutor_support import make_shell

from autograd_tui import i18n
from autograd_tui.lessons.catalog import load_catalog
from autograd_tui.lessons.loader import load_lesson
from autograd_tui.lessons.model import CodeStep
from autograd_tui.repl.builtin_commands import build_registry
from autograd_tui.tutor.flow import LessonController
from autograd_tui.tutor.menu import Menu
from autograd_tui.tutor.progress import ProgressStore
from autograd_tui.ui.render import fit_toolbar

MINI = Path(__file__).parent / "data" / "tutor" / "mini.yaml"


# ------------------------------------------------------------------ command names
def test_every_colon_command_has_a_turkish_name() -> None:
    registry = build_registry()
    for command in registry.commands():
        assert command.aliases, f":{command.name} has no Turkish alias"
        assert command.shown_name("tr") == command.aliases[0]
        assert command.shown_name("en") == command.name
        # both names always work
        assert registry.get(command.name) is command
        assert registry.get(command.aliases[0]) is command


@pytest.mark.parametrize("typed, meant", [
    ("ÇIK", "quit"), ("İLERİ", "next"), ("İpucu", "hint"), ("SIFIRLA", "reset"),
    ("YARDIM", "help"), ("ÇÖZÜM", "solution"), ("MENÜ", "menu"), ("DİL", "lang"),
    ("ÇİZGE", "graph"), ("GERİ-YAYILIM", "backward"), ("ÇİZ", "plot"),
    ("EXIT", "quit"), ("HINT", "hint"), ("Quit", "quit"),
])
def test_capitalised_names_are_recognised_in_both_languages(typed: str, meant: str) -> None:
    command = build_registry().get(typed)
    assert command is not None and command.name == meant


def test_menu_understands_turkish_capitals(tmp_path: Path) -> None:
    shell, _ = make_shell(lang="tr")
    menu = Menu(shell, load_catalog([]).lessons, ProgressStore(tmp_path / "p.json"))
    choice = menu.interpret(":ÇIK")
    assert choice is not None and choice.action == "quit"
    choice = menu.interpret(":DENEME")
    assert choice is not None and choice.action == "repl"


def test_turkish_messages_name_the_turkish_commands() -> None:
    english_names = {c.name for c in build_registry().commands()}
    for key, forms in i18n.MESSAGES.items():
        for name in english_names:
            assert f":{name} " not in forms["tr"] + " " and f":{name}," not in forms["tr"], (key, name)


def test_usage_of_graph_is_turkish_on_a_turkish_screen() -> None:
    shell, out = make_shell([":çizge", ":GERİ-YAYILIM"], lang="tr")
    shell.registry = build_registry()
    shell.handle_command(":çizge")
    shell.handle_command(":GERİ-YAYILIM")
    text = out.getvalue()
    assert "Kullanım: :çizge İFADE" in text
    assert "Kullanım: :geri-yayılım İFADE" in text
    assert ":graph" not in text and ":backward" not in text


def test_a_typo_suggests_the_name_in_the_learners_language() -> None:
    shell, out = make_shell(lang="tr")
    shell.handle_command(":ipuc")
    assert ":ipucu mu demek istedin?" in out.getvalue()


# ------------------------------------------------------------------ toolbar
@pytest.mark.parametrize("width", [60, 100])
@pytest.mark.parametrize("lang", ["tr", "en"])
def test_toolbar_keys_come_first_and_fit(tmp_path: Path, width: int, lang: str) -> None:
    lesson = load_lesson(MINI).lesson
    assert lesson is not None
    shell, _ = make_shell(lang=lang, width=width)
    controller = LessonController(shell, lesson, ProgressStore(tmp_path / "p.json"))
    line = controller.toolbar()
    keys = i18n.t("lesson.toolbar_keys", lang)
    assert line.startswith(keys)
    assert len(line) < width
    assert "1/" in line  # the position survives; the title is what gets cut


def test_toolbar_trims_a_long_title_not_the_keys() -> None:
    keys = ":ipucu  :atla  :geri  :yardım"
    line = fit_toolbar(keys, "3/12 " + "Çok uzun bir ders başlığı " * 5, 60)
    assert line.startswith(keys + "  · 3/12 Çok")
    assert line.endswith("…") and len(line) == 59
    assert fit_toolbar(keys, "1/2 Kısa", 100) == keys + "  · 1/2 Kısa"
    assert len(fit_toolbar(keys, "x", 20)) == 19


# ------------------------------------------------------------------ the command line
def _cli(capsys, argv: list[str], monkeypatch=None) -> tuple[int, str]:
    from autograd_tui.cli import main

    try:
        code = main(argv)
    except SystemExit as exc:
        code = int(exc.code or 0)
    captured = capsys.readouterr()
    return code, captured.out + captured.err


ARGPARSE_ENGLISH = ("usage:", "positional arguments", "options:", "show this help message",
                    "invalid choice", "the following arguments are required", "error:",
                    "unrecognized arguments", "COMMAND", "Did you mean")


def _no_argparse_english(text: str) -> None:
    for fragment in ARGPARSE_ENGLISH:
        assert fragment not in text, fragment
    for key in [k for k in i18n.MESSAGES if k.startswith("cli.cmd_") or k.startswith("cli.opt_")]:
        assert i18n.t(key, "en") not in text, key


@pytest.fixture
def state(tmp_path: Path, monkeypatch) -> Path:
    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path / "state"))
    for var in ("LC_ALL", "LC_MESSAGES"):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setenv("LANG", "C.UTF-8")
    return tmp_path / "state"


def test_top_level_help_is_turkish(capsys, state: Path) -> None:
    code, text = _cli(capsys, ["--lang", "tr", "--help"])
    assert code == 0
    assert text.startswith("kullanım: autograd-tui")
    assert "konumsal argümanlar" in text and "seçenekler:" in text and "KOMUT" in text
    assert "bu yardımı gösterip çık" in text
    assert i18n.t("cli.cmd_demo", "tr") in text
    _no_argparse_english(text)


@pytest.mark.parametrize("command", ["lesson", "repl", "run", "lessons", "check", "demo", "export"])
def test_every_subcommand_help_is_turkish(capsys, state: Path, command: str) -> None:
    code, text = _cli(capsys, ["--lang", "tr", command, "--help"])
    assert code == 0
    assert text.startswith(f"kullanım: autograd-tui {command}")
    assert i18n.t(f"cli.cmd_{command}", "tr") in text
    _no_argparse_english(text)


def test_english_help_stays_english(capsys, state: Path) -> None:
    code, text = _cli(capsys, ["--lang", "en", "demo", "--help"])
    assert code == 0
    assert text.startswith("usage: autograd-tui demo") and "options:" in text
    assert "play the whole lesson unattended" in text


def test_a_mistyped_subcommand_is_turkish_and_suggests(capsys, state: Path) -> None:
    code, text = _cli(capsys, ["--lang", "tr", "lesosn"])
    assert code == 2
    assert "autograd-tui: hata: KOMUT argümanı: geçersiz seçim: 'lesosn'" in text
    assert "lesson mu demek istedin?" in text
    _no_argparse_english(text)


def test_a_missing_argument_is_turkish(capsys, state: Path) -> None:
    code, text = _cli(capsys, ["--lang", "tr", "demo"])
    assert code == 2
    assert "autograd-tui demo: hata: şu argümanlar gerekli: DERS" in text
    _no_argparse_english(text)
    code, text = _cli(capsys, ["demo", "x", "--speed", "fast", "--lang", "tr"])
    assert code == 2 and "--speed argümanı: geçersiz sayı değeri: 'fast'" in text


def test_help_follows_the_saved_choice_and_the_locale(capsys, state: Path, monkeypatch) -> None:
    code, text = _cli(capsys, ["lesson"])
    assert code == 2 and "the following arguments are required: ID" in text   # C.UTF-8: English
    monkeypatch.setenv("LANG", "tr_TR.UTF-8")
    code, text = _cli(capsys, ["lesson"])
    assert code == 2 and "şu argümanlar gerekli: DERS" in text
    monkeypatch.setenv("LANG", "C.UTF-8")
    ProgressStore(state / "progress.json").set_language("tr")
    code, text = _cli(capsys, ["lesosn"])
    assert code == 2 and "geçersiz seçim" in text
    code, text = _cli(capsys, ["--lang", "en", "lesosn"])      # --lang wins over the saved choice
    assert code == 2 and "invalid choice" in text


def test_demo_unknown_lesson_is_worded_like_lesson(capsys, state: Path) -> None:
    code, text = _cli(capsys, ["--lang", "tr", "demo", "nope", "--auto"])
    assert code == 2
    assert i18n.t("app.unknown_lesson", "tr", id="nope", ids="")[:30] in text


# ------------------------------------------------------------------ the first run
def _pipe(args: list[str], env: dict[str, str], stdin: str = "") -> str:
    import subprocess
    import sys

    done = subprocess.run([sys.executable, "-m", "autograd_tui", *args], input=stdin, env=env,
                          capture_output=True, text=True, timeout=120)
    return done.stdout + done.stderr


def test_first_run_asks_for_the_language_once(tmp_path: Path) -> None:
    pytest.importorskip("pexpect")
    import json

    from e2e.terminal import Terminal, fresh_env

    home = tmp_path / "home"
    env = fresh_env(home)                       # LANG=C.UTF-8, no saved choice
    term = Terminal([], env)
    term.expect("Bir dil seç / Choose a language:  1) Türkçe   2) English")
    term.expect("1/2> ")
    term.line("TÜRKÇE")
    term.expect("autograd-tui'ye hoş geldin")
    term.expect("ders> ")
    term.line(":çık")
    assert term.wait_exit() == 0
    state = home / ".local" / "state" / "autograd-tui" / "progress.json"
    assert json.loads(state.read_text(encoding="utf-8"))["language"] == "tr"

    term = Terminal([], env)                    # asked once: the choice is remembered
    term.expect("autograd-tui'ye hoş geldin")
    assert "Choose a language" not in term.text
    term.expect("ders> ")
    term.line(":ÇIK")
    assert term.wait_exit() == 0


def test_no_question_with_lang_or_an_english_locale(tmp_path: Path) -> None:
    pytest.importorskip("pexpect")
    from e2e.terminal import Terminal, fresh_env

    for args, extra in ((["--lang", "en"], {}), ([], {"LANG": "en_GB.UTF-8"})):
        term = Terminal(args, fresh_env(tmp_path / f"home{len(args)}", **extra))
        term.expect("Welcome to autograd-tui")
        assert "Choose a language" not in term.text
        term.expect("lesson> ")
        term.line(":quit")
        assert term.wait_exit() == 0


def test_no_question_from_a_pipe(tmp_path: Path) -> None:
    from e2e.terminal import fresh_env

    out = _pipe([], fresh_env(tmp_path / "home"), stdin=":quit\n")
    assert "Choose a language" not in out and "Welcome to autograd-tui" in out


# ------------------------------------------------------------------ drawings from lesson code
DRAWING_LESSON = """\
id: drawing
title: {tr: "Çizim", en: "Drawing"}
setup: |
  import torch
  from autograd_tui import viz
steps:
  - id: make
    kind: code
    code: |
      x = torch.tensor([1., 2.], requires_grad=True)
      z = (3*x**2).sum()
  - id: walk
    kind: code
    code: |
      viz.walk_backward(z)
"""


def _write_lesson(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "drawing.yaml"
    path.write_text(text, encoding="utf-8")
    return path


def test_drawings_follow_the_language_of_the_run(tmp_path: Path) -> None:
    from autograd_tui.lessons.session import LessonRun

    lesson = load_lesson(_write_lesson(tmp_path, DRAWING_LESSON)).lesson
    assert lesson is not None
    printed = {}
    for lang in ("tr", "en"):
        with LessonRun(lesson, "embedded", lang=lang) as run:
            run.play()
            printed[lang] = run.run("viz.show_graph(z)\nviz.walk_backward(z)").output
    assert "şekil=[]" in printed["tr"] and "gelen gradyan" in printed["tr"]
    assert "shape" not in printed["tr"] and "arriving" not in printed["tr"]
    assert "shape=[]" in printed["en"] and "arriving" in printed["en"]
    assert i18n.ambient_language() == "en"          # the run put the language back


def test_record_stores_one_output_per_language_and_check_compares_both(tmp_path: Path) -> None:
    from autograd_tui.lessons.checker import check_paths
    from autograd_tui.lessons.record import collect_outputs, rewrite_outputs

    path = _write_lesson(tmp_path, DRAWING_LESSON)
    lesson = load_lesson(path).lesson
    assert lesson is not None
    outputs, failures = collect_outputs(lesson, "embedded")
    assert not failures
    walked = outputs[1]
    assert isinstance(walked, dict) and set(walked) == {"tr", "en"}
    assert "gelen gradyan" in walked["tr"] and "arriving" in walked["en"]
    assert outputs[0] == ""                         # no drawing: one output for both
    text, changed = rewrite_outputs(path.read_text(encoding="utf-8"), outputs)
    path.write_text(text, encoding="utf-8")
    reloaded = load_lesson(path).lesson
    assert reloaded is not None
    walk_step = reloaded.steps[1]
    assert isinstance(walk_step, CodeStep) and walk_step.outputs == walked
    assert check_paths([path]).problems == []

    # a wrong Turkish recording is caught by the Turkish run
    path.write_text(text.replace("gelen gradyan", "GELEN", 1), encoding="utf-8")
    problems = [str(p) for p in check_paths([path]).problems]
    assert len(problems) == 1 and "output in Turkish differs" in problems[0]

    # a drawing recorded as one string fails in the other language
    plain = DRAWING_LESSON + "    output: |\n" + "".join(
        "      " + line + "\n" if line else "\n" for line in walked["en"].rstrip("\n").split("\n"))
    path.write_text(plain, encoding="utf-8")
    problems = [str(p) for p in check_paths([path]).problems]
    assert problems and "in Turkish" in problems[0]


def test_an_output_mapping_needs_both_languages(tmp_path: Path) -> None:
    bad = DRAWING_LESSON + "    output:\n      tr: |\n        bir\n      de: x\n"
    problems = [str(p) for p in load_lesson(_write_lesson(tmp_path, bad)).problems]
    assert any("missing the 'en' output" in p for p in problems)
    assert any("unknown language 'de'" in p for p in problems)


def test_transcript_shows_the_drawing_in_the_transcripts_language(tmp_path: Path) -> None:
    from autograd_tui.lessons.transcript import play

    lesson = load_lesson(_write_lesson(tmp_path, DRAWING_LESSON)).lesson
    assert lesson is not None
    chunks: list[str] = []
    play(lesson, "tr", "embedded", chunks.append)
    text = "".join(chunks)
    assert "Yapraklara ulaşan gradyanlar" in text and "Gradients reaching" not in text


def test_help_shows_turkish_names_and_argument_words_on_a_turkish_screen() -> None:
    shell, out = make_shell(lang="tr")
    shell.registry = build_registry()
    shell.show_help()
    text = out.getvalue()
    assert ":çizge :graph İFADE" in text and ":çiz :plot İFADE [BAŞLANGIÇ BİTİŞ]" in text
    assert ":menü :menu" in text and ":sıfırla :reset" in text
    assert "EXPR" not in text and "FROM TO" not in text
