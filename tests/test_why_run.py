"""``viz.why(...)`` in a script run by ``autograd-tui run`` answers as ``:why`` does in the REPL:
the run keeps the session log that watches backward (only for a script that uses the tutor's own
package), and the verdicts are those recorded from real PyTorch for the same code."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path.insert(0, str(HERE))

from why_cases import SCENARIOS  # noqa: E402


def _run(script: str, tmp_path: Path, *options: str) -> subprocess.CompletedProcess:
    path = tmp_path / "learner.py"
    path.write_text(script, encoding="utf-8")
    env = dict(os.environ, AUTOGRAD_TUI_STATE_DIR=str(tmp_path), NO_COLOR="1")
    return subprocess.run([sys.executable, "-m", "autograd_tui", *options, "run", str(path)],
                          capture_output=True, text=True, env=env, timeout=120, cwd=tmp_path,
                          encoding="utf-8")


def _script(name: str) -> str:
    case = SCENARIOS[name]
    return "\n".join(["import torch", "from autograd_tui import viz", *case["inputs"],
                      f"viz.why({case['expr']!r})", ""])


# scenarios whose story a script tells as the REPL's inputs do (one input or several alike)
SCRIPTED = ["accumulated", "zero_factor_columns", "no_grad", "cancelled", "detached_path", "not_on_path",
            "zeroed_none", "flat_at_zero_error", "no_grad_function", "nan_where", "fine"]


@pytest.mark.parametrize("lang", ["en", "tr"])
@pytest.mark.parametrize("name", SCRIPTED)
def test_viz_why_in_a_run_script_gives_the_verdict_recorded_from_pytorch(name: str, lang: str, tmp_path: Path) -> None:
    recorded = json.loads((HERE / "data" / "why" / f"{name}.json").read_text(encoding="utf-8"))
    proc = _run(_script(name), tmp_path, "--lang", lang)
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr == ""
    assert proc.stdout == _as_code_calls(recorded["text"][lang]) + "\n"


def _as_code_calls(text: str) -> str:
    """The recorded REPL text with its "See:" line naming the viz call a script can make
    (a script has no :backward or :graph command)."""
    calls = {":backward": "viz.walk_backward", ":geri-yayılım": "viz.walk_backward",
             ":graph": "viz.show_graph", ":çizge": "viz.show_graph"}
    lines = text.split("\n")
    see, _, rest = lines[-1].partition(" ")
    command, _, root = rest.partition(" ")
    if see in ("See:", "Bak:") and command in calls:
        lines[-1] = f"{see} {calls[command]}({root})"
    return "\n".join(lines)


def test_viz_why_reads_only_what_the_script_has_run_so_far(tmp_path: Path) -> None:
    script = ("import torch\nfrom autograd_tui import viz\n"
              "w = torch.tensor([1., 2.], requires_grad=True)\n"
              "viz.why('w.grad')\n"
              "with torch.no_grad():\n    y = w * 2\n"
              "viz.why('y.grad')\n"
              "y = w * 3\n"
              "(y * 0).sum().backward()\n"
              "viz.why('w.grad')\n")
    proc = _run(script, tmp_path, "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    first, second, third = proc.stdout.split("Fix:")[:3]
    assert "backward() has not been called yet" in first
    assert "«y = w * 2» ran inside no_grad" in second
    assert "the constant 0" in third


def test_a_failing_backward_in_a_watched_script_shows_no_tutor_frame(tmp_path: Path) -> None:
    script = ("from autograd_tui import viz\nimport torch\n"
              "w = torch.tensor([1., 2.], requires_grad=True)\n"
              "(w * 2).backward()\n")
    proc = _run(script, tmp_path)
    assert proc.returncode == 1
    frames = [line.strip() for line in proc.stderr.splitlines() if line.strip().startswith("File ")]
    assert frames == [f'File "{tmp_path / "learner.py"}", line 4, in <module>']
    assert proc.stderr.rstrip().endswith("RuntimeError: grad can be implicitly created only for scalar outputs")


def test_a_script_that_does_not_use_the_tutor_runs_unwatched(tmp_path: Path) -> None:
    # the package's name in a string or a comment is no use of it
    watcher = "'_autograd_tui_watcher'"
    proc = _run(f"import torch  # not autograd_tui\nprint(hasattr(torch.Tensor.backward, {watcher}))\n", tmp_path)
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout == "False\n"
    proc = _run(f"import torch\nimport autograd_tui.viz\nprint(hasattr(torch.Tensor.backward, {watcher}))\n",
                tmp_path)
    assert proc.stdout == "True\n"


def test_viz_why_of_a_gradient_tensor_explains_its_owner(tmp_path: Path) -> None:
    # a learner passes w.grad itself, not its text: the answer is about w's gradient, as for "w.grad"
    script = ("import torch\nfrom autograd_tui import viz\n"
              "w = torch.tensor([0., 2., -1.], requires_grad=True)\n"
              "(w.abs() + w ** 2).sum().backward()\n"
              "viz.why(w.grad)\n"
              "print('--')\n"
              "viz.why('w.grad')\n")
    proc = _run(script, tmp_path, "--lang", "en")
    assert proc.returncode == 0, proc.stderr
    given, asked = proc.stdout.split("--\n")
    assert given == asked
    assert given.startswith("1 of 3 elements of w.grad are 0 because the backward from <SumBackward0> reaches w along "
                            "several paths")
