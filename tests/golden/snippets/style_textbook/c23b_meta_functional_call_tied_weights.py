import torch
from torch import nn
from torch.func import functional_call

class Tied(nn.Module):
    def __init__(self):
        super().__init__()
        self.enc = nn.Linear(3, 2, bias=False)
        self.dec = nn.Linear(2, 3, bias=False)
        self.dec.weight = nn.Parameter(torch.zeros(3, 2))
    def forward(self, x):
        return self.dec(self.enc(x))

m = Tied()
print([n for n, _ in m.named_parameters()])
p = {"enc.weight": torch.ones(2, 3), "dec.weight": torch.ones(3, 2)}
print(functional_call(m, p, (torch.ones(1, 3),)))
print(m.dec.weight.sum().item())
