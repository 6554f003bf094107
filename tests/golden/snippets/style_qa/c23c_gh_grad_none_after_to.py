# Issue: "model.to(dtype) then grads are on the converted params": .to on leaf tensor vs module.
import torch
import torch.nn as nn

w = torch.ones(2, requires_grad=True)
w64 = w.to(torch.float64)
print(w64.is_leaf, w64.grad_fn.name())
(w64 * 2).sum().backward()
print(w.grad, w64.grad is None)
m = nn.Linear(2, 1)
m.double()
print(m.weight.is_leaf, m.weight.dtype, type(m.weight).__name__)
