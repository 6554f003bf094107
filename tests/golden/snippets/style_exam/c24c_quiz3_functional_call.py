# Quiz C6: running a module with substituted parameters
import torch
import torch.nn as nn
from torch.func import functional_call

lin = nn.Linear(2, 1)
params = {"weight": torch.tensor([[1.0, 2.0]]), "bias": torch.tensor([0.5])}
x = torch.tensor([[1.0, 1.0], [2.0, 0.0]])
print(functional_call(lin, params, (x,)))
print(torch.equal(lin.weight, params["weight"]))
print(sorted(dict(lin.named_parameters())))
