"""torch.compile on the engine: the eager kernels behind PyTorch's wrappers and its one graph node."""
from __future__ import annotations

import pytest

import autograd_tui.engine as torch
from autograd_tui.engine import nn


def _train(model, compiled: bool) -> list:
    torch.manual_seed(1)
    X, y = torch.randn(16, 3), torch.randn(16, 1)
    run = torch.compile(model) if compiled else model
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9)
    for _ in range(5):
        opt.zero_grad()
        nn.functional.mse_loss(run(X), y).backward()
        opt.step()
    return [p.detach().clone() for p in model.parameters()]


def _model() -> nn.Module:
    torch.manual_seed(0)
    return nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.BatchNorm1d(8), nn.Linear(8, 1))


def test_training_a_compiled_module_gives_the_eager_parameters_bit_for_bit():
    eager, compiled = _train(_model(), False), _train(_model(), True)
    assert all(torch.equal(a, b) for a, b in zip(eager, compiled))


def test_a_tensor_the_compiled_function_reads_from_outside_still_gets_its_gradient():
    scale = torch.tensor([2.0, 3.0], requires_grad=True)
    x = torch.tensor([1.0, -1.0], requires_grad=True)
    out = torch.compile(lambda t: (t * scale).sum())(x)
    assert out.grad_fn.name() == "CompiledFunctionBackward"
    out.backward()
    assert scale.grad.tolist() == [1.0, -1.0] and x.grad.tolist() == [2.0, 3.0]


def test_an_output_that_is_an_input_keeps_its_own_history():
    x = torch.ones(2, requires_grad=True) * 3
    assert torch.compile(lambda t: t)(x).grad_fn is x.grad_fn


def test_module_compile_checks_its_arguments_and_keeps_the_state_dict_keys():
    model = nn.Linear(2, 1)
    assert model.compile(mode="max-autotune") is None
    assert list(model.state_dict()) == ["weight", "bias"]
    with pytest.raises(TypeError, match=r"compile\(\) takes from 0 to 1 positional arguments but 2 were given"):
        model.compile(True)
    with pytest.raises(RuntimeError, match="Unrecognized mode=fast"):
        model.compile(mode="fast")


def test_without_grad_mode_or_with_the_eager_backend_results_keep_the_eager_graph():
    model = nn.Linear(2, 1)
    x = torch.ones(1, 2)
    with torch.no_grad():
        assert torch.compile(model)(x).grad_fn is None
    assert torch.compile(model, backend="eager")(x).grad_fn.name() == "AddmmBackward0"
    assert torch.compile(model, backend="aot_eager")(x).grad_fn.name() == "CompiledFunctionBackward"


def test_a_compiled_module_deep_copies_and_refuses_pickling_with_the_backend_torch_line():
    import copy
    import io

    compiled = torch.compile(nn.Linear(2, 1))
    twin = copy.deepcopy(compiled)
    assert type(twin).__name__ == "OptimizedModule" and twin._orig_mod is not compiled._orig_mod
    with pytest.raises(NotImplementedError, match="--backend torch"):
        torch.save(compiled, io.BytesIO())
    torch.save(compiled.state_dict(), io.BytesIO())  # its weights save as usual
