# Quiz 90: two losses, one backward each
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
h = w * 3
l1 = h.sum()
l2 = (h ** 2).sum()
l1.backward(retain_graph=True)
print(w.grad)
l2.backward()
print(w.grad)
w.grad = None
(l1 + l2).backward() if False else torch.autograd.backward([w.sum(), (w * w).sum()])
print(w.grad)
