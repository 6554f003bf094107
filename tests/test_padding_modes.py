"""F.pad's reflect / replicate / circular modes: gradients against finite differences (float64),
the gradient as the adjoint of the forward, and the second derivative being the forward again."""
from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

import autograd_tui.engine as torch
from autograd_tui.engine.nn import functional as F
from test_nn_gradients import SETTINGS, check_gradients, seeds

modes = st.sampled_from(["reflect", "replicate", "circular"])


def _pads(rng, sizes, mode):
    """Pads valid for ``mode``: below the size for reflect, at most the size for circular; some negative."""
    pads = []
    for n in reversed(sizes):
        top = n - 1 if mode == "reflect" else n
        pads += [int(rng.integers(-1 if n > 2 else 0, top + 1)) for _ in range(2)]
    return tuple(pads)


@SETTINGS
@given(seed=seeds, mode=modes, k=st.integers(1, 3), batch=st.booleans())
def test_gradients(seed, mode, k, batch):
    rng = np.random.default_rng(seed)
    sizes = [int(s) for s in rng.integers(2, 5, size=k)]
    shape = ([2] if batch else []) + [2] + sizes
    pad = _pads(rng, sizes, mode)
    check_gradients(lambda x: F.pad(x, pad, mode=mode), [rng.standard_normal(shape)], rng, second_order=True)


@pytest.mark.parametrize("mode", ["reflect", "replicate", "circular"])
def test_gradient_is_the_adjoint_and_its_gradient_the_forward(mode):
    x = torch.randn(2, 3, 4, 5, dtype=torch.float64, requires_grad=True)
    pad = (3, 1, 2, 3)
    y = F.pad(x, pad, mode=mode)
    g = torch.randn(*y.shape, dtype=torch.float64, requires_grad=True)
    (gx,) = torch.autograd.grad(y, x, g, create_graph=True)
    # <pad(x), g> == <x, pad^T(g)>
    assert abs((y * g).sum().item() - (x * gx).sum().item()) < 1e-9
    h = torch.randn(*x.shape, dtype=torch.float64)
    (gg,) = torch.autograd.grad(gx, g, h)
    np.testing.assert_allclose(gg.numpy(), F.pad(h, pad, mode=mode).numpy(), atol=1e-12)


def test_nodes_are_pytorch_s():
    x = torch.randn(1, 1, 3, 3, requires_grad=True)
    assert type(F.pad(x[0], (1, 1), mode="reflect").grad_fn).__name__ == "ReflectionPad1DBackward0"
    y = F.pad(x, (1, 1, 1, 1), mode="replicate")
    assert type(y.grad_fn).__name__ == "ReplicationPad2DBackward0"
    (g,) = torch.autograd.grad(y.sum(), x, create_graph=True)
    assert type(g.grad_fn).__name__ == "ReplicationPad2DBackwardBackward0"
    assert type(F.pad(x, (1, 1, 1, 1), mode="circular").grad_fn).__name__ == "CopySlices"
