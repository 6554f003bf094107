"""F.interpolate(antialias=True): gradients against finite differences in float64 (first and second
order), and the weights' defining property (each output is a normalised average of its window). An
output one pixel wide is left out of gradcheck: PyTorch's forward repeats its first row there while
its backward is the true adjoint, so PyTorch's own gradcheck fails on it too."""
from __future__ import annotations

import pytest

import autograd_tui.engine as torch
import autograd_tui.engine.nn.functional as F


@pytest.mark.parametrize("mode", ["bilinear", "bicubic"])
# Down in both dims, up in both (by uneven ratios: the weights differ from row to row), down to two
# rows. The upscale is kept small: gradgradcheck's cost grows with the output's size.
@pytest.mark.parametrize("size", [(3, 4), (8, 9), (2, 3)])
def test_antialias_gradients_match_finite_differences(mode, size):
    torch.manual_seed(5)
    x = torch.randn(1, 2, 6, 7, dtype=torch.float64, requires_grad=True)
    assert torch.autograd.gradcheck(lambda t: F.interpolate(t, size=size, mode=mode, antialias=True), (x,))
    assert torch.autograd.gradgradcheck(lambda t: F.interpolate(t, size=size, mode=mode, antialias=True), (x,))


@pytest.mark.parametrize("mode", ["bilinear", "bicubic"])
def test_a_constant_image_stays_constant(mode):
    x = torch.full((1, 1, 13, 10), 0.75, dtype=torch.float64)
    for size in ((4, 3), (20, 17), (13, 4)):
        y = F.interpolate(x, size=size, mode=mode, antialias=True)
        assert torch.allclose(y, torch.full_like(y, 0.75), atol=1e-14, rtol=0)
