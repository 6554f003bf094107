# Q: does retain_grad() on a leaf do anything? And on an intermediate after in-place ops?
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
w.retain_grad()
h = w * 2
h.retain_grad()
h.add_(1)
out = (h ** 2).sum()
out.backward()
print(w.grad, h.grad, h.retains_grad, w.retains_grad)
print(h.grad_fn, h._version)
