"""F.lp_pool3d, F.max_unpool3d and F.fractional_max_pool2d: analytic gradients against finite
differences (float64), first and second order."""
from __future__ import annotations

import autograd_tui.engine as torch
import autograd_tui.engine.nn.functional as F


def test_lp_pool3d_gradients_match_finite_differences():
    torch.manual_seed(3)
    x = (torch.rand(1, 2, 4, 3, 5, dtype=torch.float64) + 0.5).requires_grad_()
    assert torch.autograd.gradcheck(lambda t: F.lp_pool3d(t, 2.5, (2, 2, 3), stride=(2, 1, 2)), (x,))
    assert torch.autograd.gradgradcheck(lambda t: F.lp_pool3d(t, 2.0, 2, ceil_mode=True), (x,))


def test_max_unpool3d_gradients_match_finite_differences():
    torch.manual_seed(4)
    x = torch.randn(2, 2, 4, 4, 4, dtype=torch.float64)
    pooled, indices = F.max_pool3d(x, 2, return_indices=True)
    values = pooled.detach().requires_grad_()
    assert torch.autograd.gradcheck(lambda t: F.max_unpool3d(t, indices, 2, output_size=(5, 4, 5)), (values,))
    assert torch.autograd.gradgradcheck(lambda t: F.max_unpool3d(t, indices, 2), (values,))


def test_fractional_max_pool2d_gradients_match_finite_differences():
    torch.manual_seed(6)
    x = torch.randn(2, 3, 7, 8, dtype=torch.float64, requires_grad=True)
    samples = torch.rand(2, 3, 2, dtype=torch.float64)
    assert torch.autograd.gradcheck(
        lambda t: F.fractional_max_pool2d(t, (2, 3), output_size=(4, 3), _random_samples=samples), (x,))
    assert torch.autograd.gradgradcheck(
        lambda t: F.fractional_max_pool2d(t, 2, output_ratio=(0.5, 0.5), _random_samples=samples), (x,))


def test_fractional_max_pool2d_windows_cover_the_input_ends():
    """Whatever the samples, the first window starts at 0 and the last ends at the input's edge."""
    x = torch.arange(63.0).reshape(1, 1, 7, 9)
    for u in (0.0, 0.25, 0.5, 0.999):
        samples = torch.full((1, 1, 2), u)
        _, where = F.fractional_max_pool2d(x, 2, output_size=(3, 4), _random_samples=samples, return_indices=True)
        assert where[0, 0, 0, 0].item() == 1 * 9 + 1 and where[0, 0, -1, -1].item() == 62
