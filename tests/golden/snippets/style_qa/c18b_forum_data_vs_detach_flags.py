# Q: what is the difference between x.data and x.detach()?
import torch

x = torch.ones(2, requires_grad=True)
y = x * 3
for name, t in [("data", y.data), ("detach", y.detach())]:
    print(name, t.requires_grad, t.grad_fn, t.is_leaf)
d = y.detach()
d[0] = 10.0
print(y)
print(y._version, d._version)
