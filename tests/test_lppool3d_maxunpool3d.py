"""F.lp_pool3d and F.max_unpool3d: analytic gradients against finite differences (float64), and the
double backward of max_unpool3d (its gradient, a gather, is itself recorded)."""
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
