# Q: why is .grad None for my hidden activations? Non-leaf tensors drop their grads unless retain_grad() is called.
import torch
import torch.nn as nn

torch.manual_seed(14)
lin1, lin2 = nn.Linear(2, 3), nn.Linear(3, 1)
x = torch.randn(4, 2)
h = torch.relu(lin1(x))
out = lin2(h).sum()
out.backward()
print(h.grad)
print(h.is_leaf, h.requires_grad, h.retains_grad)
h = torch.relu(lin1(x))
h.retain_grad()
y = lin2(h)
y.retain_grad()
y.sum().backward()
print(h.retains_grad, h.grad.shape, y.grad.squeeze(1))
print(torch.allclose(h.grad, lin2.weight.expand(4, 3) * (h > 0)))
leaf = torch.ones(2, requires_grad=True)
try:
    leaf.retain_grad()
    print("leaf retain_grad is a no-op", leaf.retains_grad)
except RuntimeError as e:
    print(e)
nograd = torch.ones(2)
try:
    nograd.retain_grad()
except RuntimeError as e:
    print(e)
