# Quiz C11: a parametrized weight keeps its constraint
import torch
import torch.nn as nn
from torch.nn.utils import parametrize


class MakeSym(nn.Module):
    def forward(self, raw):
        return raw.triu() + raw.triu(1).transpose(-1, -2)


lin = nn.Linear(3, 3, bias=False)
parametrize.register_parametrization(lin, "weight", MakeSym())
sym_w = lin.weight
print(torch.equal(sym_w, sym_w.T), parametrize.is_parametrized(lin))
print(type(lin).__name__, list(dict(lin.named_parameters())))
