"""A call of a ``torch.*`` or ``torch.nn.functional`` builtin that Python cannot bind to the engine's
function (a mistyped keyword, a missing or extra argument) is reported as PyTorch's argument parser
reports it, from the signatures ``tools/record_parser_signatures.py`` recorded from PyTorch
(``functions/parser_signatures.json``). The goldens ``errors/mistyped_keywords_*`` hold PyTorch's
own words for learner-style calls; this checks every recorded function."""
from __future__ import annotations

import pytest

import autograd_tui.engine as torch
import autograd_tui.engine.nn.functional as F
from autograd_tui.engine.functions.parser import NO_ARGUMENTS, ONE_ARGUMENT, _params, _recorded, binding_error

TORCH = sorted(_recorded("torch"))
FUNCTIONAL = sorted(_recorded("functional"))


def test_the_table_covers_the_builtins_learners_call() -> None:
    for name in ("add", "mul", "exp", "arccos", "clamp", "matmul", "zeros", "topk", "eq", "where", "conv2d"):
        assert name in TORCH
    assert "conv2d" in FUNCTIONAL


@pytest.mark.parametrize("namespace", ["torch", "functional", "methods"])
def test_every_recorded_signature_parses(namespace: str) -> None:
    for name, (signatures, _hidden) in _recorded(namespace).items():
        assert signatures, name
        if signatures[0] in (NO_ARGUMENTS, ONE_ARGUMENT):
            assert len(signatures) == 2 and signatures[1].endswith(name), (name, signatures)
            continue
        for signature in signatures:
            assert _params(signature) is not None


@pytest.mark.parametrize(("module", "names"), [(torch, TORCH), (F, FUNCTIONAL)], ids=["torch", "functional"])
def test_an_unknown_keyword_gets_the_parsers_words_under_the_public_name(module, names) -> None:
    """Python's own message would name the engine's function (``acos()`` for ``torch.arccos``, a
    ``<locals>`` helper); the parser names the builtin the learner called."""
    for name in names:
        function = getattr(module, name, None)
        if function is None:
            continue
        with pytest.raises(TypeError) as raised:
            function(not_a_parameter=1)
        said = str(raised.value)
        assert said.startswith(f"{name}()") or said.endswith(f".{name}() takes no keyword arguments"), (name, said)


def test_binding_error_only_rewrites_pythons_binding_errors() -> None:
    x = torch.ones(2)
    assert binding_error("add", TypeError("unsupported operand"), (x,), {"bogus": 1}) is None
    assert binding_error("not_a_builtin", TypeError("f() got an unexpected keyword argument 'a'"), (), {"a": 1}) is None
    error = binding_error("add", TypeError("add() got an unexpected keyword argument 'bogus'"), (x,), {"bogus": 1})
    assert str(error) == 'add() missing 1 required positional arguments: "other"'
    error = binding_error("add", TypeError("add() got an unexpected keyword argument 'bogus'"), (), {"bogus": 1})
    assert str(error) == ("add() received an invalid combination of arguments - got unrecognized keyword "
                          "arguments: bogus")
