# stochastic depth: drop a residual branch per sample during training
import torch
import torch.nn as nn
class DropPath(nn.Module):
    def __init__(self, p):
        super().__init__()
        self.p = p
    def forward(self, x):
        if not self.training or self.p == 0.0:
            return x
        keep = 1 - self.p
        mask = x.new_empty((x.shape[0],) + (1,) * (x.ndim - 1)).bernoulli_(keep)
        return x * mask / keep
torch.manual_seed(24)
dp = DropPath(0.5)
x = torch.ones(6, 2, 2)
print(dp(x)[:, 0, 0])
dp.eval()
print(dp(x).sum().item())
print(dp)
