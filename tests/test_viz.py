"""Golden texts of ``:graph`` and ``:backward``, and the REPL commands end to end.

The golden files in ``tests/data/viz`` were rendered by our own renderer and checked by eye.
Their numbers come from autograd itself; to check them against real PyTorch, run this file as a
script in the torch venv, which renders every scenario on real torch and compares::

    .venv-torch/bin/python tests/test_viz.py

Set ``UPDATE_VIZ_GOLDEN=1`` to rewrite the files (then read the diff before keeping it).
"""
from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
GOLDEN = HERE / "data" / "viz"
sys.path.insert(0, str(HERE))

from viz_cases import cases  # noqa: E402


def _rendered(torch) -> dict[str, str]:
    return {name: text + "\n" for name, text in cases(torch).items()}


def _compare(torch) -> list[str]:
    problems = []
    for name, text in _rendered(torch).items():
        path = GOLDEN / name
        if os.environ.get("UPDATE_VIZ_GOLDEN"):
            path.write_text(text, encoding="utf-8")
            continue
        if not path.exists():
            problems.append(f"{name}: no golden file")
        elif path.read_text(encoding="utf-8") != text:
            problems.append(f"{name}: differs from the golden text")
    return problems


def test_golden_texts_on_the_engine() -> None:
    import autograd_tui.engine as torch

    assert _compare(torch) == []


def test_article_done_when_from_a_pipe(tmp_path) -> None:
    script = ("x = torch.tensor([1., 2.], requires_grad=True)\n"
              "y = torch.tensor([2., 4.], requires_grad=True)\n"
              "z = 6*x**2 - 2*y**3\n:graph z\n:backward z\n")
    env = dict(os.environ, AUTOGRAD_TUI_STATE_DIR=str(tmp_path), NO_COLOR="1", COLUMNS="100")
    proc = subprocess.run([sys.executable, "-m", "autograd_tui", "repl"], input=script,
                          capture_output=True, text=True, env=env, timeout=120, cwd=ROOT)
    assert proc.returncode == 0, proc.stderr
    out = proc.stdout
    for word in ("SubBackward0", "MulBackward0", "PowBackward0", "AccumulateGrad"):
        assert word in out
    assert "AccumulateGrad  x  shape=[2]" in out and "AccumulateGrad  y  shape=[2]" in out
    assert "→ x (AccumulateGrad): [6., 6.] × [2., 4.] = [12., 24.]" in out
    assert "→ y (AccumulateGrad): [-2., -2.] × [12., 48.] = [-24., -96.]" in out
    assert "x ← [12., 24.]" in out and "y ← [-24., -96.]" in out


def test_turkish_aliases_and_errors() -> None:
    from tutor_support import make_shell

    from autograd_tui.viz.commands import register

    shell, out = make_shell(lang="tr")
    register(shell.registry)
    shell.namespace.update({"__builtins__": __builtins__})
    shell.run("import torch\nx = torch.tensor([1., 2.], requires_grad=True)\nz = (x * x).sum()")
    shell.handle_command(":çizge z")
    shell.handle_command(":geri-yayılım z")
    shell.handle_command(":geri-yayilim x")
    shell.handle_command(":çizge nope")
    shell.handle_command(":çiz x**3 -2 2")
    shell.handle_command(":çiz [3, 2, 1]")
    shell.handle_command(":graph")
    text = out.getvalue()
    assert "z için hesaplama grafiği" in text
    assert "MulBackward0" in text and "AccumulateGrad [1] ↑" in text
    assert "gelen gradyan" in text and "yerel türev" in text and "giden gradyan" in text
    assert "x bir yaprak" in text                        # :backward on a leaf explains
    assert "nope hesaplanamadı: NameError" in text       # an unknown name is a sentence
    assert "f'(x)" in text and "12.0000" in text          # d/dx x**3 at 2 is 12
    assert "[3, 2, 1]: 3 değer" in text
    assert "Kullanım: :çizge İFADE" in text
    assert shell.namespace["x"].grad is None              # nothing touched the learner's .grad


def test_backward_waits_for_keys_on_a_terminal() -> None:
    from tutor_support import make_shell

    from autograd_tui.viz.commands import register

    shell, out = make_shell()
    register(shell.registry)
    keys = iter(["", "q"])
    shell.reader.interactive = True
    shell.reader.wait_key = lambda prompt="": next(keys)
    shell.run("import torch\nx = torch.tensor([1., 2.], requires_grad=True)\nz = 6*x**2")
    shell.handle_command(":backward z")
    text = out.getvalue()
    assert "[2/3]" in text and "[3/3]" not in text   # stopped with q after the second node


def test_show_graph_finds_caller_names(capsys) -> None:
    import autograd_tui
    import autograd_tui.engine as torch

    weight = torch.tensor([2.], requires_grad=True)
    out = weight * 3
    autograd_tui.show_graph(out)
    assert "AccumulateGrad  weight  shape=[1]" in capsys.readouterr().out


def test_deep_chains_are_cut_not_recursed() -> None:
    import sys

    import autograd_tui.engine as torch
    from autograd_tui.viz.backward_walk import render_walk, walk
    from autograd_tui.viz.graph import render_graph

    x = torch.tensor([1.0], requires_grad=True)
    c = x
    for _ in range(sys.getrecursionlimit() * 20):
        c = c * 1.0
    text = render_graph(c, {"x": x, "c": c})
    assert "more nodes not drawn" in text and "leaves: x" in text
    w = walk(c, namespace={"x": x})
    assert len(w.steps) == 60 and w.not_walked > 0
    assert "the walk is cut here" in render_walk(w)
    assert x.grad is None


if __name__ == "__main__":
    import torch as real_torch  # the torch venv: compare real PyTorch with the golden texts

    found = _compare(real_torch)
    for line in found:
        print(line)
    print("real PyTorch", real_torch.__version__, "matches every golden text" if not found
          else f"differs in {len(found)} file(s)")
    raise SystemExit(1 if found else 0)


def test_a_value_that_is_no_tensor_is_named_by_its_type_without_a_wrong_article() -> None:
    # "5 is a int" read wrong; the type goes where no article is needed
    from autograd_tui.viz.backward_walk import render_walk, walk
    from autograd_tui.viz.graph import render_graph

    walked = render_walk(walk(5, name="5"), "en")
    drawn = render_graph(5, lang="en")
    for text in (walked, drawn):
        assert "a int" not in text and "int" in text and "not a tensor" in text


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("width", [60, 40])
def test_backward_walk_wraps_under_its_value_column_on_a_narrow_terminal(lang, width) -> None:
    # at 60 columns (a projector) the terminal cut "[12.," from "48.]" and went on at the left
    # edge, under the labels: every line now fits, and each tensor stays whole on one line
    from tutor_support import make_shell

    from autograd_tui import i18n
    from autograd_tui.viz.commands import register

    shell, out = make_shell(lang=lang, width=width)
    register(shell.registry)
    shell.namespace.update({"__builtins__": __builtins__})
    shell.run("import torch\nx = torch.tensor([1., 2.], requires_grad=True)\n"
              "y = torch.tensor([2., 4.], requires_grad=True)\nz = 6*x**2 - 2*y**3")
    shell.handle_command(":backward z")
    lines = out.getvalue().splitlines()
    assert lines and all(len(line) <= width for line in lines), [line for line in lines if len(line) > width]
    for value in ("[12., 48.]", "[-24., -96.]", "[12., 24.]", "[2., 4.]"):
        assert any(value in line for line in lines), value
    leaving = i18n.t("walk.leaving", lang)
    value_column = lines[next(i for i, line in enumerate(lines) if line.startswith("  " + leaving))].index("→")
    after_leaving = lines[next(i for i, line in enumerate(lines) if line.startswith("  " + leaving)) + 1]
    assert after_leaving.startswith(" " * value_column)   # the continuation, under the value
    steps = lines[next(i for i, line in enumerate(lines) if line.startswith("[1/")):]
    assert not any(line.rstrip().endswith(("=", "×")) for line in steps)
    result = i18n.t("walk.result", lang, results="").rstrip()
    tail = "\n".join(lines[lines.index(result):])
    assert "y ← [-24., -96.]" in tail and "x ← [12., 24.]" in tail


def test_backward_walk_keeps_one_line_a_step_where_it_fits() -> None:
    from autograd_tui.viz.backward_walk import render_step, walk
    import autograd_tui.engine as torch

    x = torch.tensor([1., 2.], requires_grad=True)
    z = 6 * x ** 2
    w = walk(z, None, {"x": x, "z": z}, name="z", lang="en")
    for step in w.steps:
        assert render_step(step, len(w.steps), "en", width=200) == render_step(step, len(w.steps), "en")
