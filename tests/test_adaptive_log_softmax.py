"""nn.AdaptiveLogSoftmaxWithLoss: what its outputs must be, whatever the weights (its printed values are
the goldens' nn_layers3/adaptive_log_softmax_with_loss)."""
from __future__ import annotations

import numpy as np
import pytest

import autograd_tui.engine as torch


def test_adaptive_log_softmax_output_is_the_full_log_prob_at_the_target_and_gradchecks():
    torch.manual_seed(0)
    asm = torch.nn.AdaptiveLogSoftmaxWithLoss(6, 12, cutoffs=[3, 7], div_value=2.0).double()
    x = torch.randn(5, 6, dtype=torch.float64)
    target = torch.tensor([0, 4, 11, 2, 8])
    result = asm(x, target)
    full = asm.log_prob(x)
    np.testing.assert_allclose(full.exp().sum(1).detach().numpy(), 1.0, rtol=1e-12)
    np.testing.assert_allclose(result.output.detach().numpy(), full[torch.arange(5), target].detach().numpy(),
                               rtol=1e-12)
    assert result.loss.item() == pytest.approx(-result.output.detach().mean().item(), rel=1e-12)
    assert torch.equal(asm.predict(x), full.argmax(1))
    x.requires_grad_()
    assert torch.autograd.gradcheck(lambda v: asm(v, target).loss, (x,))
