# Q: I guard 1/x with torch.where but backward still gives nan
import torch

x = torch.tensor([2.0, 0.0, -4.0], requires_grad=True)
inv = torch.where(x != 0, 1 / x, torch.zeros_like(x))
print(inv)
inv.sum().backward()
print(x.grad)
# answer: the masked-out branch still gets a zero grad times inf
x.grad = None
denom = torch.where(x != 0, x, torch.ones_like(x))
inv2 = torch.where(x != 0, 1 / denom, torch.zeros_like(x))
inv2.sum().backward()
print(x.grad)
