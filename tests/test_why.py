"""``:why``: each cause's golden scenario reaches on the embedded engine the verdict recorded
from real PyTorch (``tools/record_why.py``), the explanation reads the same in both languages,
and the REPL answers from a pipe."""
from __future__ import annotations

import json
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = HERE / "data" / "why"
sys.path.insert(0, str(HERE))

from why_cases import SCENARIOS, cause_of, verdict_of  # noqa: E402

from autograd_tui import i18n  # noqa: E402
from autograd_tui.viz import observe  # noqa: E402

CAUSES = sorted({key.split(".")[1] for key in i18n.MESSAGES
                 if key.startswith("why.") and key.count(".") == 1
                 and key.split(".")[1] not in ("title", "yes", "no", "fix", "checked", "see")})


def _recorded(name: str) -> dict:
    return json.loads((DATA / f"{name}.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def engine():
    import autograd_tui.engine as torch

    return torch


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_engine_verdict_equals_the_recorded_pytorch_verdict(name: str, engine) -> None:
    recorded = _recorded(name)
    assert recorded["inputs"] == SCENARIOS[name]["inputs"], "scenario changed: run tools/record_why.py"
    assert recorded["verdict"]["cause"] == cause_of(name)
    ours = verdict_of(name, engine)
    assert ours["verdict"] == recorded["verdict"]
    assert ours["text"] == recorded["text"]
    # watching changes nothing the learner sees: the same output as PyTorch printed, with no
    # warning but what the learner's own code makes PyTorch print
    assert ours["outputs"] == recorded["outputs"]
    if not SCENARIOS[name].get("warns"):
        assert "Warning" not in "".join(ours["outputs"]) + "".join(recorded["outputs"])


def test_every_cause_has_a_golden_scenario() -> None:
    covered = {cause_of(name) for name in SCENARIOS}
    assert set(CAUSES) - covered == set()


@pytest.mark.parametrize("name", sorted(SCENARIOS))
def test_explanations_differ_by_language_and_end_with_a_fix_or_the_checks(name: str) -> None:
    text = _recorded(name)["text"]
    assert text["en"] != text["tr"]
    assert "why." not in text["en"] + text["tr"]   # no key left unresolved
    cause = cause_of(name)
    if f"why.fix.{cause}" in i18n.MESSAGES:
        assert any(line.startswith("Fix: ") for line in text["en"].splitlines())
        assert any(line.startswith("Çözüm: ") for line in text["tr"].splitlines())
    if cause == "unknown":
        assert "Checked:" in text["en"] and "Kontrol edilenler:" in text["tr"]


def test_named_evidence_appears_in_the_explanation() -> None:
    assert "SqrtBackward0" in _recorded("nan_sqrt")["text"]["en"]
    assert "torch.where" in _recorded("nan_where")["text"]["en"]
    assert "retain_grad()" in _recorded("non_leaf")["text"]["en"]
    assert "«w = w - 0.1 * w.grad»" in _recorded("reassigned")["text"]["tr"]
    assert "[2., 4.]" in _recorded("reassigned")["text"]["en"]   # the old leaf's gradient
    assert "3" in _recorded("accumulated")["text"]["en"]
    assert "MulBackward0, PowBackward0" in _recorded("used_twice")["text"]["en"]
    assert "50%" in _recorded("masked_relu")["text"]["en"]
    assert _recorded("nan_sqrt")["text"]["tr"].endswith("Bak: :geri-yayılım y")
    from autograd_tui.viz.whygrad import Verdict, render

    facts = {"name": "a", "kind": "inf", "node": "SqrtBackward0", "reason": "zero"}
    assert "See: :backward y" in render(Verdict("nan_node", {**facts, "root": "y"}), "en")
    # code (a script, lesson code) has no REPL commands: the hint is the viz call
    assert render(Verdict("nan_node", {**facts, "root": "y"}), "tr", commands=False).endswith(
        "Bak: viz.walk_backward(y)")
    assert render(Verdict("not_on_path", {"name": "a", "root": "y", "leaves": "b"}), "en",
                  commands=False).endswith("See: viz.show_graph(y)")
    assert "See:" not in render(Verdict("nan_node", {**facts, "root": "<SumBackward0>"}), "en")


def test_watchers_pass_calls_through_when_no_session_is_recording(engine) -> None:
    log = observe.SessionLog({})
    observe.install(log, engine)
    observe.uninstall()
    w = engine.tensor([1., 2.], requires_grad=True)
    (w * 3).sum().backward()
    assert w.grad.tolist() == [3.0, 3.0]
    assert log.backwards == []



def _as_in_a_fresh_process(engine, monkeypatch) -> None:
    """The engine's Tensor methods with neither watchers nor meta routing, whatever earlier
    tests installed (monkeypatch puts theirs back)."""
    import inspect

    engine._reset_warn_once()
    for name in ("backward", "register_hook", "register_post_accumulate_grad_hook"):
        monkeypatch.setattr(engine.Tensor, name, inspect.unwrap(getattr(engine.Tensor, name)))


def test_a_session_log_sees_backward_after_the_meta_device_put_its_entries_back(engine, monkeypatch) -> None:
    """A meta tensor made before a session log first wrapped backward, then
    ``torch._reset_warn_once()`` (the golden runner's fresh-process reset; a learner can type it):
    the entry the meta device had found came back without the watcher, and no later log saw a
    backward (``:why``: "no backward seen"), the verdicts of test_why depending on test order."""
    _as_in_a_fresh_process(engine, monkeypatch)
    engine.empty(2, device="meta")   # the meta device routes the public entries from now on
    observe.install(observe.SessionLog({}), engine)
    observe.uninstall()
    engine._reset_warn_once()
    assert verdict_of("accumulated", engine)["verdict"] == _recorded("accumulated")["verdict"]


def test_a_backward_after_the_reset_in_the_same_input_is_seen(engine, monkeypatch) -> None:
    _as_in_a_fresh_process(engine, monkeypatch)
    engine.empty(2, device="meta")
    log = observe.install(observe.SessionLog({}), engine)
    try:
        engine._reset_warn_once()    # no input in between whose start could wrap backward again
        w = engine.tensor([1., 2.], requires_grad=True)
        (w * 2).sum().backward()
        assert len(log.backwards) == 1 and log.backwards[0].reached(w)
    finally:
        observe.uninstall()


def test_pipe_sees_backward_after_a_meta_tensor_and_the_fresh_process_reset(tmp_path: Path) -> None:
    # the same in a live session: the command's meta tensor comes before the first input (and
    # so before the session log exists)
    script = (":graph torch.empty(2, device='meta')\n"
              "x = 1\n"
              "torch._reset_warn_once()\n"
              "w = torch.tensor([1., 2.], requires_grad=True); (w * 3).sum().backward()\n"
              ":why w.grad\n")
    out = _pipe(script, tmp_path, "--lang", "en")
    assert "no backward that reached it was seen" not in out
    assert "w.grad comes from one backward" in out


def test_viz_why_from_lesson_code(engine, capsys) -> None:
    from autograd_tui import viz

    x = engine.tensor([1., 2.], requires_grad=True)
    z = x * 2
    viz.why("z.grad", {"x": x, "z": z}, lang="tr")
    out = capsys.readouterr().out
    assert "z bir yaprak değil" in out and "MulBackward0" in out and "retain_grad()" in out
    viz.why(z, {"z": z})
    assert "z is not a leaf" in capsys.readouterr().out
    assert "NameError" in viz.why_text("nothing.grad", {})


def _pipe(script: str, tmp_path: Path, *args: str) -> str:
    env = dict(os.environ, AUTOGRAD_TUI_STATE_DIR=str(tmp_path), NO_COLOR="1", COLUMNS="200")
    proc = subprocess.run([sys.executable, "-m", "autograd_tui", *args, "repl"], input=script,
                          capture_output=True, text=True, env=env, timeout=120, cwd=ROOT,
                          encoding="utf-8")
    assert proc.returncode == 0, proc.stderr
    assert "Traceback" not in proc.stdout + proc.stderr
    return proc.stdout


def test_pipe_names_the_reassignment_the_non_leaf_and_the_nan_node(tmp_path: Path) -> None:
    script = ("w = torch.tensor([1., 2.], requires_grad=True)\n"
              "loss = (w ** 2).sum()\n"
              "loss.backward()\n"
              "w = w - 0.1 * w.grad\n"
              ":why w.grad\n"
              "x = torch.tensor([1., 2.], requires_grad=True)\n"
              "y = torch.tensor([2., 4.], requires_grad=True)\n"
              "z = 6*x**2 - 2*y**3\n"
              "z.backward(gradient=torch.tensor([1., 1.]))\n"
              ":why z.grad\n"
              "a = torch.tensor([0., 4.], requires_grad=True)\n"
              "torch.sqrt(a).sum().backward()\n"
              ":why a.grad\n")
    out = _pipe(script, tmp_path, "--lang", "en")
    assert "the name w now points to a new tensor" in out
    assert "«w = w - 0.1 * w.grad»" in out and "grad_fn=SubBackward0" in out and "[2., 4.]" in out
    assert "z is not a leaf" in out and "z.retain_grad()" in out
    assert "it first appears at SqrtBackward0" in out


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_a_rebinding_before_backward_shows_the_old_leafs_gradient_as_it_is_now(tmp_path: Path, lang) -> None:
    # `w = w * 2` then backward: it said "backward filled its .grad (None)", the grad the old
    # leaf had when the name moved, though backward had filled it with [8., 16.] since
    why = ":why" if lang == "en" else ":neden"
    script = ("w = torch.tensor([1., 2.], requires_grad=True)\n"
              "w = w * 2\n"
              f"{why} w.grad\n"
              "loss = (w ** 2).sum()\n"
              "loss.backward()\n"
              f"{why} w.grad\n")
    out = " ".join(_pipe(script, tmp_path, "--lang", lang).split())
    before, after = out.split("«w = w * 2»", 2)[1:]
    filled = "backward filled its .grad" if lang == "en" else "backward onun .grad alanını doldurdu"
    assert filled not in before                       # no backward yet: nothing was filled
    assert i18n.t("why.reassigned.unfilled", lang, name="w", statement="w = w * 2",
                  grad_fn="MulBackward0").split("» ", 1)[1] in " ".join(before.split())
    assert f"{filled} ([ 8., 16.])" in after           # 2 · (2w) · 2 at w = [1., 2.]
    assert "(None)" not in out


def test_pipe_in_turkish_with_the_turkish_name(tmp_path: Path) -> None:
    script = ("x = torch.tensor([1., 2.], requires_grad=True)\n"
              ":neden x.grad\n"
              "with torch.no_grad():\n    y = x * 2\n\n"
              ":neden y.grad\n")
    out = _pipe(script, tmp_path, "--lang", "tr")
    assert "henüz backward() çağrılmadı" in out
    assert "y gradyan istemiyor" in out and "no_grad" in out


def test_the_shell_tells_its_observers_and_survives_a_broken_one(tmp_path, monkeypatch) -> None:
    from tutor_support import make_shell

    from autograd_tui.viz.commands import register

    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path))

    class Broken:
        def before_input(self, source, namespace):
            raise RuntimeError("watcher bug")

        after_input = before_input

    shell, out = make_shell(lang="en")
    register(shell.registry)
    log = observe.SessionLog()
    shell.observers.extend([Broken(), log])
    try:
        shell.run("import torch\nw = torch.tensor([1., 2.], requires_grad=True)")
        result = shell.run("(w * 2).mean().backward()\nprint(w.grad)")
        assert result is not None and result.ok
        assert "tensor([1., 1.])" in out.getvalue()
        assert len(log.backwards) == 1 and log.backwards[0].reached(shell.namespace["w"])
        shell.handle_command(":why w.grad")
        assert "w.grad comes from one backward" in out.getvalue()
        assert "watcher bug" not in out.getvalue()
    finally:
        observe.uninstall()


def test_the_session_log_never_makes_torch_warn_about_a_non_leafs_grad(tmp_path, monkeypatch) -> None:
    from tutor_support import make_shell

    from autograd_tui.viz.commands import register

    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path))
    shell, out = make_shell(lang="en")
    register(shell.registry)
    log = observe.SessionLog()
    shell.observers.append(log)
    try:
        shell.run("import torch\nx = torch.ones(2, requires_grad=True)\ny = x * 2")
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            result = shell.run("y = y + 1")  # rebinding a non-leaf: the log reads the old y's state
        assert result is not None and result.ok
        assert "UserWarning" not in out.getvalue()
        assert [str(w.message) for w in caught] == []
        assert log.rebindings["y"].old_grad is None
    finally:
        observe.uninstall()


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_pipe_gives_an_ordinary_sum_no_mean_advice(tmp_path: Path, lang: str) -> None:
    script = ("x = torch.tensor([1., 2.], requires_grad=True)\n"
              "y = (x * 3).sum()\n"
              "y.backward()\n"
              ":why x.grad\n")
    out = _pipe(script, tmp_path, "--lang", lang)
    assert ".mean()" not in out
    assert ("nothing unusual" if lang == "en" else "olağandışı bir şey yok") in out


def test_sum_not_mean_is_named_only_for_a_large_sum_that_made_the_gradient_large() -> None:
    from autograd_tui.viz.whygrad import _sum_made_it_large

    assert _sum_made_it_large(1000, 1000.0)          # a shared weight over a batch of 1000
    assert not _sum_made_it_large(2, 3.0)            # (x * 3).sum() over two elements
    assert not _sum_made_it_large(4, 300.0)          # few elements: the sum is not the reason
    assert not _sum_made_it_large(1000, 3.0)         # many elements, ordinary gradient
    assert not _sum_made_it_large(1000, 1e6)         # a mean would still leave it huge


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_pipe_names_the_inputs_that_never_asked_for_a_gradient(tmp_path: Path, lang: str) -> None:
    # a loss recomputed from a tensor without requires_grad: nothing ran under no_grad, and the
    # old loss was no leaf, so neither may be claimed; the input is what to fix
    script = ("w = torch.tensor(0.5, requires_grad=True); loss = (w*3)**2\n"
              "xx = torch.tensor([1.,2.]); loss = (xx*2).sum()\n"
              ":why loss.grad\n")
    out = _pipe(script, tmp_path, "--lang", lang)
    assert "no_grad" not in out and "leaf" not in out and "yaprak" not in out
    assert "xx = torch.tensor([...], requires_grad=True)" in out


def _diagnosed(inputs: list[str], expr: str, engine) -> str:
    import builtins

    from autograd_tui.viz import whygrad

    namespace = {"__builtins__": builtins, "__name__": "__main__", "torch": engine}
    log = observe.SessionLog(namespace)
    try:
        whygrad.replay(inputs, namespace, log)
        value, base = whygrad.evaluate_target(expr, namespace)
        return whygrad.diagnose(value, base, log).cause
    finally:
        observe.uninstall()


def test_a_zero_error_is_named_only_when_it_zeroes_every_gradient(engine) -> None:
    w = "w = torch.tensor([1., 2.], requires_grad=True)"
    # one of two errors is 0: w.grad is [0, 2], not all zero: the square is flat there, at one
    # element, which is no zero error
    assert _diagnosed([w, "t = torch.tensor([1., 1.])", "loss = ((w - t) ** 2).sum()",
                       "loss.backward()"], "w.grad", engine) == "flat_at_zero"
    # another term reaches w around the squared error: its zero does not decide w.grad
    assert _diagnosed([w, "t = torch.tensor([1., 2.])",
                       "loss = ((w - t) ** 2).sum() + 0 * w.sum()", "loss.backward()"],
                      "w.grad", engine) == "unknown"
    # a zero that is no difference of prediction and target is no error: only the flat square
    assert _diagnosed(["w = torch.zeros(2, requires_grad=True)", "loss = (w ** 2).sum()",
                       "loss.backward()"], "w.grad", engine) == "flat_at_zero"
    # x**1 has a derivative at 0; only a power above one (or |x|) is flat there
    assert _diagnosed([w, "t = torch.tensor([1., 2.])", "loss = ((w - t) ** 1).sum()",
                       "loss.backward()"], "w.grad", engine) == "fine"


def _zero_error_text(inputs: list[str], engine) -> str:
    from autograd_tui.viz import whygrad

    namespace = {"__builtins__": __builtins__, "__name__": "__main__", "torch": engine}
    log = observe.SessionLog(namespace)
    try:
        whygrad.replay(inputs, namespace, log)
        verdict = whygrad.diagnose(namespace["w"], "w", log)
    finally:
        observe.uninstall()
    assert verdict.cause == "zero_error"
    return str(verdict.facts["error"])


W0 = "w = torch.tensor(2.0, requires_grad=True)"
F = "def f(w):\n    return w * 3 - 6"


@pytest.mark.parametrize("inputs, error", [
    # the backward runs inside the input whose loop assigned y: its statement still names 6
    ([W0, "for i in range(2):\n    y = w * 3 - 6\n    l = y ** 2\n    l.backward()"], "w*3 - 6"),
    ([W0, "y = w * 3 - 6", "l = y ** 2", "l.backward()"], "w*3 - 6"),
    # a function's body is no source the graph can be matched with: the call as typed
    ([W0, F, "l = f(w) ** 2", "l.backward()"], "f(w)"),
    ([W0, F, "y = f(w)", "l = y ** 2", "l.backward()"], "f(w)"),
])
def test_a_zero_error_reads_as_the_learner_wrote_it(inputs: list[str], error: str, engine) -> None:
    assert _zero_error_text(inputs, engine) == error


def test_a_percentage_is_written_as_each_language_writes_it() -> None:
    import re

    texts = [_recorded(name)["text"] for name in sorted(SCENARIOS)]
    assert any("(%50)" in text["tr"] for text in texts) and any("(50%)" in text["en"] for text in texts)
    assert not [text["tr"] for text in texts if re.search(r"\d%", text["tr"])]
    turkish = [entry["tr"] for entry in i18n.MESSAGES.values() if "tr" in entry]
    assert not [text for text in turkish if re.search(r"(\d|\})%(?!%)", text)]


def test_a_statement_that_left_the_graph_unseen_is_no_input_without_grad(engine) -> None:
    # w requires grad, so "computed only from tensors that do not require grad" would be false:
    # where the statement's way out is not certain, the verdict says what was checked
    w = "w = torch.tensor([1., 2.], requires_grad=True)"
    # w is read in a comparison and in a product: the comparison alone does not explain it
    assert _diagnosed([w, "y = torch.where(w > 1, 1., 0.) * w.detach()"], "y.grad", engine) == "detached"
    assert _diagnosed([w, "y = torch.where(w > 1, 1., 0.)"], "y.grad", engine) == "compared"
    # a function run under no_grad is named only while the name still holds the function the
    # log saw defined: here f was defined again without it
    assert _diagnosed([w, "@torch.no_grad()\ndef f(t):\n    return t * 2", "y = f(w)",
                       "f = lambda t: t * 2"], "y.grad", engine) == "unknown"
    assert _diagnosed(["w = torch.tensor([1., 2.])", "y = w.long()"], "y.grad", engine) == "inputs_no_grad"


def test_a_zero_factor_is_named_only_where_every_path_goes_through_it(engine) -> None:
    w = "w = torch.tensor([1., 2.], requires_grad=True)"
    assert _diagnosed([w, "v = torch.tensor([3., 0.], requires_grad=True)", "loss = (w * v).sum()",
                       "loss.backward()"], "w.grad", engine) == "zero_factor"   # a factor that learns too
    # w also reaches the loss around the product, by a path that gives 0 for its own reason: not
    # the product alone, but both paths together
    assert _diagnosed([w, "t = torch.tensor([1., 2.])", "loss = (w * 0).sum() + ((w - t) ** 2).sum()",
                       "loss.backward()"], "w.grad", engine) == "zero_paths"
    # ... leaky_relu with a slope of 0 is one of those reasons (it is a relu then)
    assert _diagnosed([w, "t = torch.tensor([2., 0.])",
                       "loss = (w * 0).sum() + torch.nn.functional.leaky_relu(w - t, 0.).sum()",
                       "loss.backward()"], "w.grad", engine) == "zero_paths"
    # ... so are elu with alpha 0 and PReLU with weight 0, below 0
    assert _diagnosed([w, "t = torch.tensor([2., 0.])",
                       "loss = (w * 0).sum() + torch.nn.functional.elu(w - t, alpha=0.).sum()",
                       "loss.backward()"], "w.grad", engine) == "zero_paths"
    assert _diagnosed([w, "t = torch.tensor([2., 0.])",
                       "loss = (w * 0).sum() + torch.nn.functional.prelu(w - t, torch.zeros(1)).sum()",
                       "loss.backward()"], "w.grad", engine) == "zero_paths"
    # ... and where the other path gives 0 for a reason not known here (threshold below its
    # limit), no cause is claimed
    assert _diagnosed([w, "t = torch.tensor([2., 0.])",
                       "loss = (w * 0).sum() + torch.nn.functional.threshold(w - t, 0., 0.).sum()",
                       "loss.backward()"], "w.grad", engine) == "unknown"


def test_a_product_with_zero_after_a_relu_is_the_product_not_the_mask(engine) -> None:
    # the relu passes w[1]'s gradient; the factor 0 after it zeroes every element
    assert _diagnosed(["w = torch.tensor([-1., 2.], requires_grad=True)", "loss = (w.relu() * 0).sum()",
                       "loss.backward()"], "w.grad", engine) == "zero_factor"
    # the mask alone still explains a relu's zeros
    assert _diagnosed(["w = torch.tensor([-1., -2.], requires_grad=True)", "loss = w.relu().sum()",
                       "loss.backward()"], "w.grad", engine) == "masked"


@pytest.mark.parametrize("lang, said", [("en", "the constant 0"), ("tr", "sabit 0")])
def test_pipe_explains_a_product_with_zero(tmp_path: Path, lang: str, said: str) -> None:
    script = ("w = torch.tensor([1., 2.], requires_grad=True)\n"
              "(w * 0).sum().backward()\n"
              ":why w.grad\n")
    out = _pipe(script, tmp_path, "--lang", lang)
    assert said in out and "MulBackward0" in out


def test_zeros_are_put_on_a_zero_that_came_after_the_last_backward_only(engine) -> None:
    w = "w = torch.tensor([1., 2.], requires_grad=True)"
    loop = "for step in range(2):\n    if w.grad is not None:\n        w.grad.zero_()\n    (w * 0).sum().backward()"
    # the usual loop: zero_() first, then the backward, in one input: the product is the reason
    assert _diagnosed([w, loop], "w.grad", engine) == "zero_factor"
    assert _diagnosed([w, "(w * 3).sum().backward()", "w.grad.zero_()"], "w.grad", engine) == "zeroed"
    # zero_grad(set_to_none=False) before the backward is the usual order, and no reason
    assert _diagnosed([w, "opt = torch.optim.SGD([w], lr=0.1)",
                       "opt.zero_grad(set_to_none=False)\n(w * 0).sum().backward()"], "w.grad",
                      engine) == "zero_factor"


def test_an_input_given_requires_grad_after_the_statement_is_still_no_reason(engine) -> None:
    # y was computed while x asked for no gradient; x is another tensor now
    assert _diagnosed(["x = torch.tensor([1., 2.])", "y = x * 2", "x = torch.tensor([1., 2.], requires_grad=True)"],
                      "y.grad", engine) == "inputs_no_grad"


def test_each_new_cause_is_named_only_where_it_explains_every_zero(engine) -> None:
    w = "w = torch.tensor([0., 2., 3.], requires_grad=True)"
    # |w| is flat at w[0], but x makes w[1] 0 too: two zeros, one kink, so the kink is not the cause
    assert _diagnosed([w, "x = torch.tensor([1., 0., 1.])", "loss = (w.abs() * x).sum()", "loss.backward()"],
                      "w.grad", engine) != "flat_at_zero"
    # frac's derivative is 1: it makes no zero, and a round elsewhere in the loss decides nothing for w
    assert _diagnosed([w, "loss = w.frac().sum()", "loss.backward()"], "w.grad", engine) == "fine"
    assert _diagnosed([w, "v = torch.tensor([1.5], requires_grad=True)", "x = torch.tensor([0., 1., 1.])",
                       "loss = (w * x).sum() + torch.round(v).sum()", "loss.backward()"],
                      "w.grad", engine) == "zero_factor"
    # a zero column of x, and a zero row of the gradient coming in from elsewhere: more zeros than
    # the column accounts for
    assert _diagnosed(["m = torch.tensor([[1., 2.], [3., 4.]], requires_grad=True)",
                       "x = torch.tensor([[1., 0.], [2., 0.]])", "loss = (x @ m)[:, 0].sum()",
                       "loss.backward()"], "m.grad", engine) != "zero_factor"


def test_a_detached_copy_of_another_tensor_drops_nothing_of_w(engine) -> None:
    w = "w = torch.tensor([1., 2.], requires_grad=True)"
    assert _diagnosed([w, "v = torch.tensor([3., 4.], requires_grad=True)", "loss = (w * v.detach()).sum()",
                       "loss.backward()"], "w.grad", engine) == "fine"
    assert _diagnosed([w, "v = torch.tensor([3., 4.], requires_grad=True)", "loss = (w * v.detach()).sum()",
                       "loss.backward()"], "v.grad", engine) == "not_on_path"


def test_a_no_grad_function_is_named_only_when_it_was_given_w(engine) -> None:
    w = "w = torch.tensor([1., 2.], requires_grad=True)"
    f = "@torch.no_grad()\ndef f(t):\n    return t * 2"
    # f(x) passes nothing of w: w.grad is all of it, and nothing was cut from it
    assert _diagnosed([w, f, "x = torch.tensor([3., 4.])", "loss = (f(x) * w).sum()", "loss.backward()"],
                      "w.grad", engine) == "fine"
    assert _diagnosed([w, f, "loss = (f(w) * w).sum()", "loss.backward()"], "w.grad", engine) == "cut_path"


def test_a_backward_in_the_input_that_imports_torch_is_seen(engine) -> None:
    """A lesson's first code step starts with ``import torch`` in a namespace without one: the
    backward a few lines below it is seen, as the same code typed into the REPL would be."""
    import builtins

    from autograd_tui.backend import activate
    from autograd_tui.viz import whygrad

    activate("embedded")   # `import torch` is the engine, as the tutor arranges
    namespace = {"__builtins__": builtins, "__name__": "__main__"}
    log = observe.SessionLog(namespace)
    try:
        whygrad.replay(["import torch\nx = torch.tensor([-1., 0., 2.], requires_grad=True)\n"
                        "x.abs().sum().backward()"], namespace, log)
        value, base = whygrad.evaluate_target("x.grad", namespace)
        assert len(log.backwards) == 1
        assert whygrad.diagnose(value, base, log).cause == "flat_at_zero"
    finally:
        observe.uninstall()


def test_a_hook_that_only_looks_changes_nothing_and_is_not_named(engine) -> None:
    w = "w = torch.tensor([1., 0.], requires_grad=True)"
    seen = "seen = []"
    assert _diagnosed([w, seen, "h = w.register_hook(lambda g: seen.append(g))", "loss = (w * 3).sum()",
                       "loss.backward()"], "w.grad", engine) == "fine"
    # a hook on a tensor of another graph does not make this one's gradient a hook's doing
    assert _diagnosed([w, "v = torch.tensor([1.], requires_grad=True)", "h = v.register_hook(lambda g: g * 0)",
                       "loss = (w * 3).sum()", "loss.backward()"], "w.grad", engine) == "fine"


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_a_non_leaf_written_as_an_expression_is_told_to_get_a_name_first(engine, lang: str) -> None:
    # PyTorch's warning says "use .retain_grad()"; on (x*2) that marks a tensor nobody keeps, so
    # the fix names it first, while a named non-leaf is told to call retain_grad() on itself
    import builtins

    from autograd_tui.viz import whygrad

    namespace = {"__builtins__": builtins, "__name__": "__main__", "torch": engine}
    log = observe.SessionLog(namespace)
    try:
        whygrad.replay(["x = torch.tensor([1., 2.], requires_grad=True)", "y = x * 2",
                        "(x * 2).sum().backward()"], namespace, log)
        texts = {}
        for expr in ("(x * 2).grad", "y.grad"):
            value, base = whygrad.evaluate_target(expr, namespace)
            verdict = whygrad.diagnose(value, base, log)
            assert verdict.cause == "non_leaf"
            texts[expr] = whygrad.render(verdict, lang)
    finally:
        observe.uninstall()
    assert "h = (x * 2)" in texts["(x * 2).grad"] and "h.retain_grad()" in texts["(x * 2).grad"]
    assert "(x * 2).retain_grad()" not in texts["(x * 2).grad"]
    assert "y.retain_grad()" in texts["y.grad"] and "h = " not in texts["y.grad"]


def _why_text(inputs: list[str], expr: str, engine, lang: str, *, commands: bool = True) -> str:
    import builtins

    from autograd_tui.viz import whygrad

    namespace = {"__builtins__": builtins, "__name__": "__main__", "torch": engine}
    log = observe.SessionLog(namespace)
    try:
        whygrad.replay(inputs, namespace, log)
        value, base = whygrad.evaluate_target(expr, namespace)
        return whygrad.render(whygrad.diagnose(value, base, log), lang, commands=commands)
    finally:
        observe.uninstall()


def test_why_on_a_graph_node_suggests_a_tensor_of_the_session_never_an_invented_w(engine) -> None:
    # `:why z.grad_fn` used to answer "ask about a tensor, e.g. :why w.grad" in a session with no w
    inputs = ["x = torch.tensor(2., requires_grad=True)", "y = x * 3", "z = y ** 2"]
    for expr in ("z.grad_fn", "z.grad_fn.next_functions[0][0]"):
        en = _why_text(inputs, expr, engine, "en")
        assert en.endswith("Fix: ask about a tensor, e.g. :why x.grad"), en
        assert "w.grad" not in en and "a PowBackward0" not in en
        assert _why_text(inputs, expr, engine, "tr").endswith("Çözüm: bir tensörü sor, örneğin :neden x.grad")
    # code has no REPL commands: the call to make instead
    assert _why_text(inputs, "z.grad_fn", engine, "en", commands=False).endswith('e.g. viz.why("x.grad")')
    # a leaf that requires grad, named in the session, when the value is no node at all
    assert _why_text(["a = torch.ones(2, requires_grad=True)", "n = 3"], "n", engine, "en").endswith(
        ":why a.grad")
    # a session without any such tensor: a placeholder, never a name that does not exist
    assert _why_text(["n = 3"], "n.grad", engine, "en").endswith(
        "Fix: ask about one of your tensors by its name: :why NAME.grad")
    assert _why_text(["n = 3"], "n.grad", engine, "tr").endswith(
        "Çözüm: tensörlerinden birini adıyla sor: :neden AD.grad")


def test_a_backward_that_reached_no_named_tensor_says_so_in_words(engine) -> None:
    # it read "That backward reached: —." (an empty list shown as a dash inside a sentence)
    inputs = ["b = torch.tensor([1., 2.], requires_grad=True)",
              "(torch.ones(2, requires_grad=True) * 3).sum().backward()"]
    en = _why_text(inputs, "b.grad", engine, "en")
    assert "reached none of the tensors you named." in en and "—" not in en
    tr = _why_text(inputs, "b.grad", engine, "tr")
    assert "adını verdiğin tensörlerin hiçbirine ulaşmadı." in tr and "—" not in tr


def test_the_fix_for_no_backward_names_a_result_of_the_session_or_none(engine) -> None:
    # "e.g. loss.backward()" in a session without any loss (the demo's REPL on lesson 3's x, y)
    x = "x = torch.tensor([1., 2.], requires_grad=True)"
    en = _why_text([x], "x.grad", engine, "en")
    assert en.endswith("Fix: compute a single number from x (a loss) and call .backward() on it.")
    assert "loss.backward" not in en
    assert _why_text([x], "x.grad", engine, "tr").endswith(
        "Çözüm: x ile tek bir sayı (bir kayıp) hesapla ve onun üzerinde .backward() çağır.")
    vector = [x, "y = torch.tensor([2., 4.], requires_grad=True)", "z = 6*x**2 - 2*y**3"]
    assert _why_text(vector, "y.grad", engine, "en").endswith(
        "Fix: call z.backward(torch.ones_like(z)): z is computed from y and holds more than one number, so "
        "backward() needs a gradient of its shape.")
    assert _why_text([*vector, "total = z.sum()"], "x.grad", engine, "tr").endswith(
        "Çözüm: total.backward() çağır: total, x ile hesaplandı.")
    # a result computed from another leaf only is no result of x
    assert _why_text([x, "v = torch.ones(2, requires_grad=True)", "s = v.sum()"], "x.grad", engine,
                     "en").endswith("(a loss) and call .backward() on it.")
