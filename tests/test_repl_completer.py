"""Completion from the live namespace and of colon commands."""
from __future__ import annotations

from prompt_toolkit.completion import CompleteEvent
from prompt_toolkit.document import Document

from autograd_tui.repl.builtin_commands import build_registry
from autograd_tui.repl.completer import ReplCompleter


class FakeTensor:
    grad = None
    grad_fn = None
    requires_grad = True
    _private = 1

    @property
    def broken(self):  # completion must survive a property that raises
        raise RuntimeError("no")

    def backward(self):
        pass


class Holder:
    weight = FakeTensor()


def _complete(text: str, namespace: dict) -> list[str]:
    completer = ReplCompleter(lambda: namespace, build_registry(load_extensions=False))
    return [c.text for c in completer.get_completions(Document(text), CompleteEvent())]


def test_attribute_completion_from_the_namespace() -> None:
    ns = {"x": FakeTensor(), "model": Holder()}
    assert set(_complete("x.gr", ns)) == {"grad", "grad_fn"}
    assert "backward" in _complete("x.", ns)
    assert "_private" not in _complete("x.", ns)
    assert "_private" in _complete("x._", ns)
    assert "grad_fn" in _complete("model.weight.grad", ns)
    assert _complete("nothere.gr", ns) == []


def test_name_completion_puts_the_learners_names_first() -> None:
    ns = {"printer": 1, "x": 2}
    got = _complete("pri", ns)
    assert got[0] == "printer" and "print" in got
    assert "while" in _complete("whi", ns)


def test_no_completion_inside_strings_or_comments() -> None:
    ns = {"x": FakeTensor()}
    assert _complete("print('x.gr", ns) == []
    assert _complete("y = 1  # x.gr", ns) == []


def test_colon_commands_complete_with_aliases() -> None:
    assert set(_complete(":i", {})) == {":ipucu", ":ileri"}
    assert ":help" in _complete(":h", {})
    assert _complete(":lang ", {}) == ["tr", "en"]
    assert _complete(":lang e", {}) == ["en"]


def test_completion_never_runs_code() -> None:
    calls = []

    class Spy:
        def __getattr__(self, name):
            calls.append(name)
            raise AttributeError(name)

    ns = {"s": Spy()}
    _complete("s.foo().ba", ns)
    assert calls == []


def test_colon_commands_that_take_an_expression_complete_attributes() -> None:
    # :why x.gr<Tab> as x.gr<Tab> completes at the prompt; names still complete on their own
    from types import SimpleNamespace

    import autograd_tui.engine as torch

    x = torch.tensor([1.0], requires_grad=True)
    model = torch.nn.Linear(2, 1)
    ns = {"x": x, "model": model, "xs": [1, 2], "n": 3}
    ctx = SimpleNamespace(namespace=ns, lang="en")
    completer = ReplCompleter(lambda: ns, build_registry(), lambda: ctx)

    def complete(text: str) -> list[str]:
        return [c.text for c in completer.get_completions(Document(text), CompleteEvent())]

    got = complete(":why x.gr")
    assert {"x.grad", "x.grad_fn"} <= set(got) and all(c.startswith("x.gr") for c in got)
    assert complete(":neden x.grad") == complete(":why x.grad") == ["x.grad", "x.grad_fn"]
    assert complete(":graph model.wei") == ["model.weight"]
    assert "model.weight.grad_fn" in complete(":backward model.weight.grad")
    assert complete(":plot x.grad_") == ["x.grad_fn"]
    assert complete(":why (x * 2).gr") == []   # no call or expression is evaluated
    assert complete(":why x") == ["x"]   # bare names: tensors only
    assert complete(":plot x") == ["x", "xs"]
