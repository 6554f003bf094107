# Issue: "freeze a module in one line": requires_grad_(False) and the effect on outputs.
import torch
import torch.nn as nn

torch.manual_seed(0)
m = nn.Linear(2, 1)
m.requires_grad_(False)
out = m(torch.ones(1, 2))
print(out.requires_grad, out.grad_fn)
x = torch.ones(1, 2, requires_grad=True)
out2 = m(x)
print(out2.requires_grad, out2.grad_fn.name())
out2.sum().backward()
print(m.weight.grad, x.grad.shape)
