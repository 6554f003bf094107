"""A residual MLP block with LayerNorm, trained for a few steps."""
import torch
import torch.nn as nn


class PreNormResidual(nn.Module):
    def __init__(self, dim: int) -> None:
        super().__init__()
        self.ln = nn.LayerNorm(dim)
        self.ff = nn.Sequential(nn.Linear(dim, 2 * dim), nn.ReLU(), nn.Linear(2 * dim, dim))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + self.ff(self.ln(x))


torch.manual_seed(5)
block = PreNormResidual(6)
x, target = torch.randn(8, 6), torch.randn(8, 6)
opt = torch.optim.Adam(block.parameters(), lr=3e-3)
for i in range(5):
    opt.zero_grad()
    loss = (block(x) - target).pow(2).mean()
    loss.backward()
    opt.step()
    print(i, loss.item())
