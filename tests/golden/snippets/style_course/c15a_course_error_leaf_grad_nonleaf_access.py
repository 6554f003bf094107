# Course pitfall: .grad of an intermediate is None (with the warning) until retain_grad()
import torch

w = torch.tensor([2.0, -1.0], requires_grad=True)
h = w * 3
out = (h ** 2).sum()
out.backward()
print(w.grad, h.is_leaf, h.requires_grad)
print(h.grad)
w.grad = None
h = w * 3
h.retain_grad()
(h ** 2).sum().backward()
print(h.grad, h.retains_grad, w.grad)
