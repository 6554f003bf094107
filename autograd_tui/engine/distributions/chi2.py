"""``Chi2(df)``: Gamma(df / 2, 1 / 2)."""
from __future__ import annotations

from typing import Any, Union

from autograd_tui.engine._tensor import Tensor
from autograd_tui.engine.distributions import constraints
from autograd_tui.engine.distributions.gamma import Gamma

__all__ = ["Chi2"]


class Chi2(Gamma):
    arg_constraints = {"df": constraints.positive}

    def __init__(self, df: Union[Tensor, float], validate_args: Any = None) -> None:
        super().__init__(0.5 * df, 0.5, validate_args=validate_args)

    @property
    def df(self) -> Tensor:
        return self.concentration * 2


Chi2.__module__ = "torch.distributions.chi2"
