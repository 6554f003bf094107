"""A custom layer with a nice printed representation via extra_repr."""
import torch
import torch.nn as nn


class Scale(nn.Module):
    """Multiplies its input by a learnable scalar."""

    def __init__(self, init: float = 1.0) -> None:
        super().__init__()
        self.alpha = nn.Parameter(torch.tensor(init))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.alpha * x

    def extra_repr(self) -> str:
        return f"init={self.alpha.item():.2f}"


model = nn.Sequential(nn.Linear(2, 2), Scale(0.5))
print(model)
print(model[1].alpha)
