# Quiz: with retain_grad(), does the intermediate get a gradient?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x ** 2
h.retain_grad()
out = (3 * h).sum()
out.backward()
print(h.grad)
print(x.grad)
print(h.retains_grad, x.retains_grad)
