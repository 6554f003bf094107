# Q: retain_grad() and then modifying the tensor in place
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 2
h.retain_grad()
h.add_(1)
(h * 3).sum().backward()
print(h.grad, x.grad, h.retains_grad)
k = x * 2
k.retain_grad()
k = k + 1
(k * 3).sum().backward()
print(k.grad)
