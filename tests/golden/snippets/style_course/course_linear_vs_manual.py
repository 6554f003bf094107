# nn.Linear is x @ W.T + b.
import torch
import torch.nn as nn

torch.manual_seed(7)
lin = nn.Linear(4, 3)
x = torch.randn(2, 4)
manual = x @ lin.weight.T + lin.bias
print(lin(x))
print(manual)
print(torch.allclose(lin(x), manual))
print(lin.weight.shape, lin.bias.shape)
print(torch.nn.functional.linear(x, lin.weight, lin.bias).grad_fn)
