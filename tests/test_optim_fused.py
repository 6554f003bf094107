"""Fused CPU optimizer kernels (``fused=True``): how they walk memory, and what the engine refuses."""
from __future__ import annotations

import numpy as np
import pytest

from autograd_tui import engine as torch
from autograd_tui.engine.optim.optimizer import is_dense, memory_flat


def test_memory_flat_walks_a_transposed_array_in_memory_order_as_a_view() -> None:
    base = np.arange(6, dtype=np.float32).reshape(2, 3)
    flat = memory_flat(base.T)
    assert flat.tolist() == [0, 1, 2, 3, 4, 5]
    flat[0] = 9  # a view: the kernel's writes land in the array
    assert base[0, 0] == 9


def test_memory_flat_copies_a_strided_slice_in_logical_order() -> None:
    base = np.arange(8, dtype=np.float32).reshape(2, 4)
    assert not is_dense(base[:, ::2])
    assert is_dense(base.T) and is_dense(base[1:])
    assert memory_flat(base[:, ::2]).tolist() == [0, 2, 4, 6]


@pytest.mark.parametrize("name", ["Adam", "AdamW", "SGD", "Adagrad"])
def test_fused_step_refuses_a_parameter_with_gaps_in_memory(name: str) -> None:
    p = torch.nn.Parameter(torch.randn(4, 10)[:, ::2])
    p.grad = torch.ones(4, 5)
    before = p.detach().clone()
    opt = getattr(torch.optim, name)([p], lr=0.1, fused=True)
    with pytest.raises(NotImplementedError, match=rf"{name}\(fused=True\) on a parameter that is a strided slice"):
        opt.step()
    assert torch.equal(p.detach(), before)


@pytest.mark.parametrize("name", ["Adam", "SGD"])
def test_fused_step_pairs_buffers_element_by_element_in_memory(name: str) -> None:
    # PyTorch's kernels read each buffer from its data pointer: a contiguous gradient of a
    # transposed parameter is paired with it in memory, not by index (measured on the oracle).
    torch.manual_seed(0)
    start, grad = torch.randn(3, 4), torch.randn(4, 3)
    paired = torch.nn.Parameter(start.clone().t())
    paired.grad = grad.clone()
    getattr(torch.optim, name)([paired], lr=0.1, fused=True).step()
    by_memory = torch.nn.Parameter(start.clone())
    by_memory.grad = grad.reshape(3, 4).clone()
    getattr(torch.optim, name)([by_memory], lr=0.1, fused=True).step()
    assert torch.equal(paired.detach(), by_memory.detach().t())


def test_state_is_laid_out_as_the_parameter() -> None:
    p = torch.nn.Parameter(torch.randn(3, 4).t())
    p.grad = torch.ones(4, 3)
    opt = torch.optim.Adam([p])
    opt.step()
    assert opt.state[p]["exp_avg"].stride() == p.stride() == (1, 4)


def _scaled_step(opt: torch.optim.Optimizer, model: torch.nn.Linear, scaler: torch.amp.GradScaler,
                 overflow: bool) -> None:
    opt.zero_grad()
    scaler.scale(model(torch.ones(2, 3)).sum()).backward()
    if overflow:
        model.weight.grad[0, 0] = float("inf")
    scaler.step(opt)
    scaler.update()


def test_grad_scaler_hands_a_fused_optimizer_the_scale_for_its_kernel() -> None:
    model = torch.nn.Linear(3, 1)
    opt = torch.optim.Adam(model.parameters(), lr=0.1, fused=True)
    seen = []
    step = opt.step

    def step_seeing_the_scale() -> None:
        seen.append((float(opt.grad_scale), float(opt.found_inf)))
        step()
    opt.step = step_seeing_the_scale
    scaler = torch.amp.GradScaler("cpu", init_scale=8.0)
    _scaled_step(opt, model, scaler, overflow=False)
    assert seen == [(8.0, 0.0)] and not hasattr(opt, "grad_scale")
    assert model.bias.grad.item() == 2.0  # divided by the scale inside the step
    _scaled_step(opt, model, scaler, overflow=True)
    assert seen[-1] == (8.0, 1.0)
    assert model.bias.grad.item() == 16.0  # a skipped step leaves the gradients scaled
    assert opt.state[model.bias]["step"].item() == 1.0


def test_grad_scaler_skipping_the_first_fused_sgd_momentum_step_is_refused() -> None:
    model = torch.nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.9, fused=True)
    scaler = torch.amp.GradScaler("cpu")
    with pytest.raises(NotImplementedError, match="uninitialized momentum buffers"):
        _scaled_step(opt, model, scaler, overflow=True)
    plain = torch.optim.SGD(model.parameters(), lr=0.1, fused=True)  # no buffers: skipped as in PyTorch
    before = model.weight.detach().clone()
    _scaled_step(plain, model, torch.amp.GradScaler("cpu"), overflow=True)
    assert torch.equal(model.weight.detach(), before)


def test_grad_scaler_refuses_a_closure() -> None:
    model = torch.nn.Linear(3, 1)
    opt = torch.optim.SGD(model.parameters(), lr=0.1)
    with pytest.raises(RuntimeError, match="Closure use is not currently supported if GradScaler is enabled."):
        torch.amp.GradScaler("cpu").step(opt, closure=lambda: 0.0)


@pytest.mark.parametrize("dtype", [torch.float16, torch.bfloat16])
def test_fused_sgd_refuses_half_precision_parameters(dtype: torch.dtype) -> None:
    # PyTorch 2.13's fused SGD leaves whole vectors of such a parameter unchanged (fused Adam, AdamW
    # and Adagrad: fused_reduced.py, goldens optim5/fused_adam_half_precision and
    # optim6/fused_adagrad_half_precision)
    p = torch.nn.Parameter(torch.randn(5).to(dtype))
    p.grad = torch.ones(5, dtype=dtype)
    with pytest.raises(NotImplementedError, match=rf"SGD\(fused=True\) on {dtype} parameters"):
        torch.optim.SGD([p], lr=0.1, fused=True).step()
