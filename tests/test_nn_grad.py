"""``torch.nn.grad``: a convolution's input and weight gradients as functions of their own are the
gradients autograd leaves for ``F.conv1d/2d/3d``, and (with a graph) differentiable again."""
from __future__ import annotations

import pytest

import autograd_tui.engine as torch
import autograd_tui.engine.nn.functional as F

CASES = [  # (spatial dims, input shape, weight shape, options)
    (1, (2, 2, 9), (3, 2, 3), {}),
    (1, (1, 2, 7), (4, 1, 2), {"stride": 2, "padding": 1, "dilation": 2, "groups": 2}),
    (2, (2, 2, 6, 5), (3, 2, 3, 2), {}),
    (2, (1, 4, 7, 7), (4, 2, 3, 3), {"stride": (2, 1), "padding": (1, 0), "dilation": 2, "groups": 2}),
    (2, (3, 3, 5, 5), (2, 3, 1, 1), {"stride": 2}),
    (3, (1, 2, 4, 5, 4), (2, 2, 2, 3, 2), {"stride": (1, 2, 1), "padding": 1}),
]
CONVS = {1: F.conv1d, 2: F.conv2d, 3: F.conv3d}
INPUT = {1: torch.nn.grad.conv1d_input, 2: torch.nn.grad.conv2d_input, 3: torch.nn.grad.conv3d_input}
WEIGHT = {1: torch.nn.grad.conv1d_weight, 2: torch.nn.grad.conv2d_weight, 3: torch.nn.grad.conv3d_weight}


@pytest.mark.parametrize("dtype", [torch.float32, torch.float64])
@pytest.mark.parametrize("spatial, x_shape, w_shape, options", CASES)
def test_the_gradients_are_autograds(spatial, x_shape, w_shape, options, dtype):
    torch.manual_seed(0)
    x = torch.randn(x_shape, dtype=dtype, requires_grad=True)
    w = torch.randn(w_shape, dtype=dtype, requires_grad=True)
    out = CONVS[spatial](x, w, None, **options)
    gy = torch.randn(out.shape, dtype=dtype)
    gx, gw = torch.autograd.grad(out, (x, w), gy)
    by_input = INPUT[spatial](x.shape, w.detach(), gy, **options)
    by_weight = WEIGHT[spatial](x.detach(), w.shape, gy, **options)
    assert torch.equal(by_input, gx) and torch.equal(by_weight, gw)
    assert by_input.grad_fn is None and by_weight.grad_fn is None


@pytest.mark.parametrize("spatial, x_shape, w_shape, options", [c for c in CASES if c[0] < 3])
def test_with_a_graph_they_are_differentiable(spatial, x_shape, w_shape, options):
    torch.manual_seed(1)
    x = torch.randn(x_shape, dtype=torch.float64, requires_grad=True)
    w = torch.randn(w_shape, dtype=torch.float64, requires_grad=True)
    gy = torch.randn(CONVS[spatial](x, w, None, **options).shape, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(lambda w, g: INPUT[spatial](x_shape, w, g, **options), (w, gy))
    assert torch.autograd.gradcheck(lambda x, g: WEIGHT[spatial](x, w_shape, g, **options), (x, gy))
    assert torch.autograd.gradgradcheck(lambda w, g: INPUT[spatial](x_shape, w, g, **options), (w, gy))


def test_the_graph_is_pytorchs_node_and_no_grad_builds_none():
    w = torch.ones(1, 1, 2, 2, requires_grad=True)
    gx = torch.nn.grad.conv2d_input((1, 1, 3, 3), w, torch.ones(1, 1, 2, 2))
    assert gx.grad_fn.name() == "ConvolutionBackwardBackward0"
    gx.sum().backward()
    assert w.grad.tolist() == [[[[4.0, 4.0], [4.0, 4.0]]]]
    with torch.no_grad():
        assert not torch.nn.grad.conv2d_input((1, 1, 3, 3), w, torch.ones(1, 1, 2, 2)).requires_grad


def test_it_is_torch_nn_functional_grad_too():
    assert F.grad is torch.nn.grad
    assert torch.nn.grad.conv2d_weight.__module__ == "torch.nn.grad"
    with pytest.raises(AttributeError, match="module 'torch.nn.grad' has no attribute 'conv4d_input'"):
        torch.nn.grad.conv4d_input  # noqa: B018
