# Quiz 13: .grad of a non-leaf
import torch
import warnings

x = torch.tensor(3.0, requires_grad=True)
y = x * x
z = y + 1
y.retain_grad()
z.backward()
print(x.grad, y.grad, y.retains_grad, z.retains_grad)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(z.grad)
    print(len(w), str(w[0].message)[:60])
