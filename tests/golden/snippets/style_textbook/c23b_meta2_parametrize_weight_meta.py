import torch
from torch import nn
import torch.nn.utils.parametrize as P

# Keep a meta-learned scale positive by construction: weight = exp(raw)
class PositiveExp(nn.Module):
    def forward(self, raw):
        return raw.exp()
    def right_inverse(self, w):
        return w.log()

scale = nn.Linear(2, 2, bias=False)
with torch.no_grad():
    scale.weight.copy_(torch.tensor([[1.0, 2.0], [0.5, 4.0]]))
P.register_parametrization(scale, "weight", PositiveExp())
print(scale.parametrizations.weight.original.round(decimals=4))
print(scale.weight.round(decimals=4), P.is_parametrized(scale, "weight"))
scale.weight = torch.tensor([[1.0, 1.0], [1.0, 1.0]])
print(scale.parametrizations.weight.original)
scale(torch.ones(3, 2)).sum().backward()
print(scale.parametrizations.weight.original.grad)
