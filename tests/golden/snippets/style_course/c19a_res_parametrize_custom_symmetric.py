# non-negative weights through a softplus parametrization (monotone networks)
import torch
import torch.nn as nn
import torch.nn.functional as F
from torch.nn.utils import parametrize
class Positive(nn.Module):
    def forward(self, raw):
        return F.softplus(raw)
    def right_inverse(self, w):
        return torch.log(torch.expm1(w))
torch.manual_seed(40)
mono = nn.Linear(2, 1)
parametrize.register_parametrization(mono, "weight", Positive())
print(mono.weight, (mono.weight > 0).all().item())
mono.weight = torch.tensor([[0.5, 2.0]])
print(mono.parametrizations.weight.original)
mono(torch.tensor([[1.0, -1.0]])).backward()
print(mono.parametrizations.weight.original.grad)
