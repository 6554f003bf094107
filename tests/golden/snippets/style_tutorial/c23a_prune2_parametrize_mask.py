# A pruning mask as a parametrization: weight is recomputed as original * mask
import torch
import torch.nn as nn
import torch.nn.utils.parametrize as P

class Mask(nn.Module):
    def __init__(self, mask):
        super().__init__()
        self.register_buffer("mask", mask)
    def forward(self, w):
        return w * self.mask

lin = nn.Linear(3, 2, bias=False)
nn.init.ones_(lin.weight)
P.register_parametrization(lin, "weight", Mask(torch.tensor([[1.0, 0.0, 1.0], [0.0, 1.0, 0.0]])))
print(lin.weight)
print(P.is_parametrized(lin), [n for n, _ in lin.named_parameters()])
lin(torch.ones(1, 3)).sum().backward()
print(lin.parametrizations.weight.original.grad)
P.remove_parametrizations(lin, "weight")
print(lin.weight, type(lin.weight).__name__)
