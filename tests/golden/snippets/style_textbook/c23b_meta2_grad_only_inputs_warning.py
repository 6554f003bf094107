import warnings
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = (x ** 2).sum()
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    g, = torch.autograd.grad(y, x, only_inputs=True)
print(g)
print([str(m.message)[:80] for m in w])
