# Q: why is my gradient 100x smaller when I use mean()?
import torch

w = torch.ones(100, requires_grad=True)
w.sum().backward()
print(w.grad[:3])
w.grad = None
w.mean().backward()
print(w.grad[:3])
print(w.grad.sum())
