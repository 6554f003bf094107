# Quiz 32: hooks on a parameter during training
import torch
import torch.nn as nn

torch.manual_seed(0)
lin = nn.Linear(2, 1, bias=False)
with torch.no_grad():
    lin.weight.copy_(torch.tensor([[1.0, -1.0]]))
lin.weight.register_hook(lambda g: g.clamp(-1, 1))
x = torch.tensor([[3.0, 0.5]])
out = lin(x).sum()
out.backward()
print(out.item(), lin.weight.grad)
