# Quiz 30: .grad of an intermediate tensor
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x * 3
out = h.pow(2).sum()
out.backward()
print(x.grad)
print(h.grad)
h2 = x * 3
h2.retain_grad()
h2.pow(2).sum().backward()
print(h2.grad, x.grad)
