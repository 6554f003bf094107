# Q: why is .grad None for my hidden layer output?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
h = x.sigmoid()
h.retain_grad()
g = x.square()
loss = (h * g).sum()
loss.backward()
print(h.grad)
print(g.grad)
print(x.grad)
print(h.retains_grad, g.retains_grad, x.retains_grad)
