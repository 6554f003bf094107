"""``:graph`` / ``:backward`` name a constant the graph keeps nothing of (``y_true`` of
``y_pred - y_true``) from the source the tutor knows: typed inputs, a lesson's replayed steps,
the expression given to the command. Only where the source and the graph agree for certain."""
from __future__ import annotations


import pytest
from tutor_support import make_shell

from autograd_tui import i18n
from autograd_tui.lessons.loader import load_lesson
from autograd_tui.tutor.app import _SessionLogOnFirstInput
from autograd_tui.tutor.flow import LessonController
from autograd_tui.tutor.progress import ProgressStore
from autograd_tui.viz import observe
from autograd_tui.viz.commands import register
from autograd_tui.viz.graph import render_graph
from autograd_tui.viz.source_names import SourceBook, Statement, bound_names, constant_labels

SETUP = ("import torch\nimport torch.nn.functional as F\n"
         "w = torch.tensor([1., 2.], requires_grad=True)\n"
         "x = torch.tensor([3., 4.])\ny_true = torch.tensor([1., 1.])\ny_pred = w * x")


@pytest.fixture
def sandbox(tmp_path, monkeypatch):
    """A shell with the drawings and the session log, as the app sets it up."""
    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path))

    def make(lang: str = "en"):
        shell, out = make_shell(lang=lang)
        register(shell.registry)
        shell.observers.append(_SessionLogOnFirstInput())
        shell.namespace.update({"__builtins__": __builtins__})
        return shell, out

    yield make
    observe.uninstall()


def graph_rows(out: str) -> list[str]:
    return [" ".join(line.split()) for line in out.splitlines()]


@pytest.mark.parametrize("lang", ["en", "tr"])
def test_a_typed_constant_is_named_in_the_graph_and_the_walk(sandbox, lang) -> None:
    shell, out = sandbox(lang)
    shell.run(SETUP)
    shell.run("loss = (y_pred - x).sum()")
    shell.run("loss = ((y_pred - y_true)**2).mean()")    # rebinding loss is what a session does
    shell.handle_command(":graph loss" if lang == "en" else ":çizge loss")
    rows = graph_rows(out.getvalue())
    assert "└─ SubBackward0 y_pred - y_true" in rows
    assert "└─ (None, 0) y_true" in rows
    assert not any(row.endswith(" c") or "- c" in row for row in rows)
    shell.handle_command(":backward loss" if lang == "en" else ":geri-yayılım loss")
    assert "(None, 0) y_true" in out.getvalue().split(i18n.t("walk.title", lang, name="loss"))[1]


def test_without_the_source_the_constant_stays_c(sandbox) -> None:
    """The same graph, with no session log: nothing says what the constant was."""
    shell, out = sandbox()
    shell.observers.clear()
    observe.uninstall()
    shell.run(SETUP + "\nloss = (y_pred - y_true)**2")
    shell.handle_command(":graph loss")
    assert "└─ (None, 0) c" in graph_rows(out.getvalue())


def test_the_expression_given_to_graph_is_a_source_too(sandbox) -> None:
    shell, out = sandbox()
    shell.observers.clear()   # no log at all: only the command's own text
    observe.uninstall()
    shell.run(SETUP)
    shell.handle_command(":graph (y_pred - y_true).sum()")
    shell.handle_command(":graph F.mse_loss(y_pred, y_true)")
    shell.handle_command(":graph 1 - w")
    rows = graph_rows(out.getvalue())
    assert "└─ SubBackward0 y_pred - y_true" in rows
    assert rows.count("└─ (None, 0) y_true") == 2     # the loss's target too
    assert "└─ RsubBackward1 1 - w" in rows


def test_a_constant_bound_again_since_is_not_named(sandbox) -> None:
    shell, out = sandbox()
    shell.run(SETUP)
    shell.run("loss = (y_pred - y_true)**2")
    shell.run("y_true = torch.zeros(2)")          # today's y_true is not the one subtracted
    shell.handle_command(":graph loss")
    rows = graph_rows(out.getvalue())
    assert "└─ (None, 0) c" in rows and "└─ (None, 0) y_true" not in rows


def test_a_constant_rebound_by_a_function_since_is_not_named(sandbox) -> None:
    shell, out = sandbox()
    shell.run(SETUP)
    shell.run("def fresh():\n    global y_true\n    y_true = torch.zeros(2)\n")
    shell.run("loss = (y_pred - y_true)**2")
    shell.run("fresh()")                          # no assignment in sight, yet y_true changed
    shell.handle_command(":graph loss")
    rows = graph_rows(out.getvalue())
    assert "└─ (None, 0) c" in rows and "└─ (None, 0) y_true" not in rows


@pytest.mark.parametrize("rebind", ["globals().update(lr=7)", "exec('lr = 7')"])
def test_a_number_rebound_out_of_sight_is_not_named(sandbox, rebind) -> None:
    shell, out = sandbox()
    shell.run(SETUP)
    shell.run("lr = 0.5")
    shell.run("loss = (w*lr - y_true)**2")
    shell.handle_command(":graph loss")
    assert any(row.endswith("(None, 0) lr") for row in graph_rows(out.getvalue()))   # as saved: named
    out.truncate(0), out.seek(0)
    shell.run(rebind)                                    # no assignment in sight, yet lr is 7 now
    shell.handle_command(":graph loss")
    rows = graph_rows(out.getvalue())
    assert not any("(None, 0) lr" in row for row in rows), rows


def test_a_name_bound_by_a_tuple_since_is_not_explained_by_its_old_statement(sandbox) -> None:
    shell, out = sandbox()
    shell.run(SETUP)
    shell.run("t = torch.tensor([5., 5.])\nloss = (y_pred - y_true)**2")
    shell.run("loss, k = (y_pred - t)**2, 0")     # no plain assignment: the old text is stale
    shell.handle_command(":graph loss")
    rows = graph_rows(out.getvalue())
    assert "└─ (None, 0) y_true" not in rows and "└─ (None, 0) c" in rows


def test_numbers_and_names_are_shown_as_written(sandbox) -> None:
    shell, out = sandbox()
    shell.run(SETUP)
    shell.run("lr = 0.5\nd = w - 2\ne = w - lr\nf = 2 + w\ng = lr * w\nh = w * x\nk = x * w")
    for name in "defghk":
        shell.handle_command(f":graph {name}")
    rows = graph_rows(out.getvalue())
    for expr in ("SubBackward0 w - 2", "SubBackward0 w - lr", "AddBackward0 2 + w",
                 "MulBackward0 lr*w", "MulBackward0 w*x", "MulBackward0 x*w"):
        assert "└─ " + expr in rows, expr


def test_a_loss_module_and_an_imported_function_are_read_as_their_ops(sandbox) -> None:
    shell, out = sandbox()
    shell.run(SETUP)
    shell.run("from torch import nn\nfrom torch.nn.functional import mse_loss as mse\n"
              "criterion = nn.MSELoss()\nloss = criterion(y_pred, y_true)\n"
              "zeros = torch.zeros(2)\nl2 = mse(y_pred, zeros)")
    shell.handle_command(":graph loss")
    shell.handle_command(":graph l2")
    rows = graph_rows(out.getvalue())
    assert "└─ (None, 0) y_true" in rows and "└─ (None, 0) zeros" in rows


def test_without_source_the_drawing_is_as_before(sandbox) -> None:
    """No log, a bare name: PyTorch's order with the constant first, as people write 6*x."""
    shell, out = sandbox()
    shell.observers.clear()
    observe.uninstall()
    shell.run(SETUP + "\nf = 2 + w\nh = w * x")
    shell.handle_command(":graph f")
    shell.handle_command(":graph h")
    rows = graph_rows(out.getvalue())
    assert "└─ AddBackward0 w + c" in rows and "└─ MulBackward0 x*w" in rows


def test_the_lesson_names_constants_live_and_after_a_resume(tmp_path, monkeypatch) -> None:
    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path))
    path = tmp_path / "tiny.yaml"
    path.write_text(
        "id: tiny\ntitle: {tr: Minik, en: Tiny}\nsetup: import torch\nsteps:\n"
        "  - id: make\n    kind: code\n    code: |\n"
        "      w = torch.tensor([1., 2.], requires_grad=True)\n"
        "      target = torch.tensor([3., 4.])\n"
        "      diff = w - target\n    output: ''\n"
        "  - {id: end, kind: text, text: {tr: Son, en: End}}\n", encoding="utf-8")
    lesson = load_lesson(path).lesson
    store = ProgressStore(tmp_path / "progress.json")
    for script, lang in ((["", ":graph diff"], "en"),        # the step runs: typed-like
                         ([":çizge diff", ":graph diff"], "tr")):   # resumed: replayed
        shell, out = make_shell(script, lang=lang)
        register(shell.registry)
        shell.observers.append(_SessionLogOnFirstInput())
        try:
            shell.loop(LessonController(shell, lesson, store))
        finally:
            observe.uninstall()
        rows = graph_rows(out.getvalue())
        assert "└─ SubBackward0 w - target" in rows, out.getvalue()
        assert "└─ (None, 0) target" in rows


# ---------------------------------------------------------------------------------------------
# The matching itself: certain or silent
# ---------------------------------------------------------------------------------------------
def _namespace() -> dict:
    import torch  # the engine, as make_shell activates it

    ns: dict = {"torch": torch}
    exec(SETUP, ns)  # noqa: S102 - the test's own code
    return ns


def test_a_statement_that_names_another_tensor_gives_no_names() -> None:
    make_shell()
    ns = _namespace()
    exec("other = ns_w = w * 3\nloss = (y_pred - y_true)**2", ns)   # noqa: S102
    book = SourceBook({"loss": Statement("loss = (other - y_true)**2", (1.0, 1.0))})
    assert not constant_labels(ns["loss"].grad_fn, ns, book)      # other is not y_pred: stale


def test_two_sources_naming_one_constant_differently_name_it_not_at_all() -> None:
    make_shell()
    ns = _namespace()
    exec("u = y_true\nd = y_pred - y_true\ne = d", ns)   # noqa: S102
    node = ns["d"].grad_fn
    one = SourceBook({"d": Statement("d = y_pred - y_true", (1.0, 1.0))})
    assert constant_labels(node, ns, one).constants == {(id(node), 1): "y_true"}
    both = SourceBook({"d": Statement("d = y_pred - y_true", (1.0, 1.0)),
                       "e": Statement("e = y_pred - u", (2.0, 1.0))})
    assert constant_labels(node, ns, both).constants == {}


def test_an_unknown_call_names_nothing_below_it_but_spoils_nothing() -> None:
    make_shell()
    ns = _namespace()
    exec("loss = torch.where(y_true > 0, y_pred, y_true).sum() + (y_pred - y_true).sum()", ns)  # noqa: S102
    book = SourceBook({"loss": Statement(
        "loss = torch.where(y_true > 0, y_pred, y_true).sum() + (y_pred - y_true).sum()", (1.0, 1.0))})
    labels = constant_labels(ns["loss"].grad_fn, ns, book)
    assert sorted(labels.constants.values()) == ["y_true"]   # the subtraction's; where() is not read
    text = render_graph(ns["loss"], ns, name="loss", source=labels, lang="en")
    assert "(y_pred - y_true).sum()" in text


def test_bound_names_sees_every_kind_of_binding() -> None:
    src = ("a = 1\nb, c = 2, 3\nfor d in []: pass\nwith open('f') as e: pass\nimport numpy as f\n"
           "def g(): h = 1\ndel a\nx += 1\n[k for k in ()]\n")
    found = bound_names(src)
    assert found == {"a": 7, "b": 2, "c": 2, "d": 3, "e": 4, "f": 5, "g": 6, "x": 8}


def test_the_demo_repl_is_told_the_code_its_steps_ran(tmp_path, monkeypatch) -> None:
    """What Demo.repl() does before its loop: the steps run so far are the namespace's source."""
    import io

    from tutor_support import ScriptedKeys

    from autograd_tui.lessons.catalog import load_catalog
    from autograd_tui.tutor.demo import Demo
    from autograd_tui.ui.render import make_console

    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path))
    make_shell()   # activates the engine
    lesson = next(item for item in load_catalog().lessons if item.id.startswith("01"))
    demo = Demo(lesson, lang="en", backend="embedded", speed=0.0,
                console=make_console(file=io.StringIO(), width=100, no_color=True),
                keys=ScriptedKeys(["enter"] * 4 + ["q"]))  # type: ignore[arg-type]  # a scripted stand-in
    demo.clear = lambda: None  # type: ignore[method-assign]  # no screen to clear
    demo.play()
    assert any("loss = (y_pred - y_true)" in source for source in demo.ran_sources())
    shell, out = make_shell()
    register(shell.registry)
    shell.namespace = demo.namespace
    shell.observers.append(observe.SessionLog())
    try:
        shell.replayed(demo.ran_sources())
        shell.handle_command(":graph loss")
    finally:
        observe.uninstall()
    assert "└─ (None, 0) y_true" in graph_rows(out.getvalue())


def test_demo_repl_keeps_what_was_typed_on_an_earlier_visit(tmp_path, monkeypatch) -> None:
    import io

    from autograd_tui.evaluator import run_code
    from autograd_tui.lessons.catalog import load_catalog
    from autograd_tui.lessons.steps import step_source
    from autograd_tui.tutor.demo import Demo
    from autograd_tui.ui.render import make_console

    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path))
    make_shell()   # activates the engine
    lesson = next(item for item in load_catalog().lessons if item.id.startswith("01"))
    demo = Demo(lesson, lang="en", backend="embedded", speed=0.0,
                console=make_console(file=io.StringIO(), width=100, no_color=True), keys=None)
    demo.start()
    for index, step in enumerate(lesson.steps):   # every step run, as the demo runs them
        source = step_source(step)
        if source:
            run_code(source, demo.namespace, echo=False)
        demo.ran.add(index)
    assert "y_true" in demo.namespace and "loss" in demo.namespace

    def visit(*typed: str) -> str:
        shell, out = make_shell()
        register(shell.registry)
        shell.namespace = demo.namespace
        demo.attach_session_log(shell)
        try:
            for source in typed:
                shell.run(source)
            shell.handle_command(":graph loss")
        finally:
            observe.uninstall()
        return out.getvalue()

    assert "└─ (None, 0) y_true" in graph_rows(visit())
    visit("loss = (y_pred - 2*y_true)**2")         # the instructor's own loss, on a first visit
    rows = graph_rows(visit())                     # a later visit: the typed statement explains it
    assert "└─ (None, 0) y_true" not in rows and "└─ PowBackward0 (y_pred - c)**2" in rows


# ---------------------------------------------------------------------------------------------
# Random statements: every name given is right, checked two ways
# ---------------------------------------------------------------------------------------------
def _random_expression(rng, depth: int) -> str:
    if depth == 0:
        k = rng.random()
        return rng.choice(["w", "v"]) if k < 0.4 else rng.choice(["c1", "c2"]) if k < 0.75 \
            else rng.choice(["n", "2", "0.5", "3"])
    a, b = _random_expression(rng, depth - 1), _random_expression(rng, depth - 1)
    forms = [f"({a} + {b})", f"({a} - {b})", f"({a} * {b})", f"({a} / {b})", f"({a}) ** 2",
             f"torch.sin({a})", f"({a}).sum()", f"F.mse_loss({a}, {b})", f"torch.maximum({a}, {b})",
             f"-({a})", f"({a}).sub({b})"]
    return rng.choice(forms)


def _random_cases(count: int, seed: int):
    import random
    import warnings

    make_shell()   # `import torch` is the engine from here on
    import torch
    import torch.nn.functional as F

    rng = random.Random(seed)
    while count:
        ns = {"torch": torch, "F": F, "w": torch.tensor([1., 2.], requires_grad=True),
              "v": torch.tensor([0.5, -1.], requires_grad=True), "c1": torch.tensor([3., 4.]),
              "c2": torch.tensor([-2., 5.]), "n": 1.5}
        source = _random_expression(rng, rng.randint(1, 3))
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")   # mse_loss's broadcasting warning
                out = eval(source, ns)  # noqa: S307 - the test's own expression
        except (RuntimeError, TypeError, AttributeError):   # (2).sum(), shapes that differ…
            continue
        if not torch.is_tensor(out) or out.grad_fn is None:
            continue
        ns["out"] = out
        count -= 1
        book = SourceBook({"out": Statement("out = " + source, (1.0, 1.0))})
        yield source, ns, out, constant_labels(out.grad_fn, ns, book)


def test_random_statements_name_the_very_tensor_on_each_edge() -> None:
    """Make the named constant require grad and run the statement again: the labelled edge now
    leads to that very tensor's AccumulateGrad, at the same place in the graph."""
    import warnings

    from autograd_tui.viz import gradgraph as gg

    named = 0
    for source, ns, out, labels in _random_cases(300, seed=1):
        where = {id(node): node for node in gg.discover(out.grad_fn).nodes}
        for (node_id, index), name in labels.constants.items():
            if name not in ("c1", "c2"):
                continue   # numbers cannot require grad
            named += 1
            path = _path(out.grad_fn, where[node_id])
            again = dict(ns, **{name: ns[name].clone().requires_grad_()})
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                node = _follow(eval(source, again).grad_fn, path)  # noqa: S307
            child = node.next_functions[index][0]
            assert gg.is_leaf_node(child) and child.variable is again[name], (source, name)
    assert named > 100


def test_random_statements_draw_an_expression_that_computes_the_same_value() -> None:
    import re

    import torch

    from autograd_tui.viz import gradgraph as gg

    compared = 0
    for _source, ns, out, labels in _random_cases(300, seed=2):
        namer = gg.Namer({k: v for k, v in ns.items() if k != "out"})
        namer.constants.update(labels.constants)
        namer.swapped.update(labels.swapped)
        drawn = gg.expressions(gg.discover(out.grad_fn), namer).get(out.grad_fn)
        # why: tensor(...) literals are rounded to 4 digits; "c" is a constant nobody named
        if drawn is None or "tensor(" in drawn.text or "c" in re.findall(r"[A-Za-z_]\w*", drawn.text):
            continue
        value = eval(drawn.text, dict(ns, sin=torch.sin, reciprocal=torch.reciprocal))  # noqa: S307
        assert torch.allclose(value.detach(), out.detach(), equal_nan=True), (_source, drawn.text)
        compared += 1
    assert compared > 100


def _path(root, target) -> tuple[int, ...]:
    stack: list = [(root, ())]
    while stack:
        node, path = stack.pop()
        if node is target:
            return path
        stack.extend((child, (*path, i)) for i, (child, _) in enumerate(node.next_functions)
                     if child is not None)
    raise AssertionError("not in the graph")


def _follow(root, path):
    node = root
    for i in path:
        node = node.next_functions[i][0]
    return node


@pytest.mark.parametrize("lang, graph", [("en", ":graph loss"), ("tr", ":çizge loss")])
def test_lesson_11s_input_matrix_is_named_through_the_linear_layer(tmp_path, monkeypatch, lang,
                                                                   graph) -> None:
    """``loss = loss_fn(model(X), Y)``: model is an nn.Linear, whose AddmmBackward0 keeps no
    name for X; the source does, once the node's other inputs are model's own parameters."""
    from autograd_tui.lessons.catalog import load_catalog

    monkeypatch.setenv("AUTOGRAD_TUI_STATE_DIR", str(tmp_path))
    lesson = next(item for item in load_catalog().lessons if item.id.startswith("11"))
    store = ProgressStore(tmp_path / "progress.json")
    # text, data (run, next), text, the set-up task, start (run, next), the training task
    for script in (["", "", "", "", ":skip", "", "", ":skip", graph],
                   [graph]):                                  # resumed: the steps are replayed
        shell, out = make_shell(script, lang=lang)
        register(shell.registry)
        shell.observers.append(_SessionLogOnFirstInput())
        try:
            shell.loop(LessonController(shell, lesson, store))
        finally:
            observe.uninstall()
        rows = graph_rows(out.getvalue())
        assert any(row.startswith("├─ AddmmBackward0") for row in rows)
        assert "│ ├─ (None, 0) X" in rows, out.getvalue()[-2500:]
        assert "└─ (None, 0) Y" in rows


def test_a_linear_call_names_its_input_only_when_the_parameters_are_its_own() -> None:
    make_shell()
    import torch
    from torch import nn

    torch.manual_seed(0)
    ns: dict = {"torch": torch, "nn": nn, "X": torch.randn(4, 2), "a": nn.Linear(2, 1),
                "b": nn.Linear(2, 1), "c": nn.Linear(2, 1, bias=False)}
    out = ns["a"](ns["X"])
    node = out.grad_fn
    mine = SourceBook({"out": Statement("out = a(X)", (1.0, 1.0))})
    ns["out"] = out
    assert constant_labels(node, ns, mine).constants == {(id(node), 1): "X"}
    other = SourceBook({"out": Statement("out = b(X)", (1.0, 1.0))})   # b's parameters are not a's
    assert constant_labels(node, ns, other).constants == {}
    ns["out"] = no_bias = ns["c"](ns["X"])
    assert constant_labels(no_bias.grad_fn, ns, SourceBook({"out": Statement("out = c(X)", (1.0, 1.0))})
                           ).constants == {(id(no_bias.grad_fn), 0): "X"}


def test_a_piece_of_a_named_tensor_is_named_as_typed(sandbox) -> None:
    shell, out = sandbox()
    shell.run("import torch\nimport torch.nn as nn\nmodel = nn.Linear(2, 1)\n"
              "X = torch.ones(8, 2)\nY = torch.zeros(8, 1)\nidx = 3")
    shell.run("l2 = ((model(X[:5]) - Y[:5])**2).mean()")
    shell.run("l3 = (model(X[idx:]) * X.T[0, 1]).sum()")
    shell.handle_command(":graph l2")
    rows = graph_rows(out.getvalue())
    assert "│ ├─ (None, 0) X[:5]" in rows and "└─ (None, 0) Y[:5]" in rows
    # an index bound again since may not be the one used: that piece is not named
    shell.run("idx = 0")
    shell.handle_command(":graph l3")
    rows = graph_rows(out.getvalue().split("Computation graph of l3")[1])
    assert "│ ├─ (None, 0)" in rows and "└─ (None, 0) X.T[0, 1]" in rows
    assert not any("X[idx:]" in row for row in rows)
