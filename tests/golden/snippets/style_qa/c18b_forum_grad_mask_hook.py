# Q: freeze the first row of an embedding-like weight
import torch

torch.manual_seed(0)
weight = torch.randn(3, 2, requires_grad=True)
mask = torch.ones(3, 1)
mask[0] = 0
weight.register_hook(lambda g: g * mask)
loss = (weight ** 2).sum()
loss.backward()
print(weight.grad)
with torch.no_grad():
    weight -= 0.1 * weight.grad
print(weight)
