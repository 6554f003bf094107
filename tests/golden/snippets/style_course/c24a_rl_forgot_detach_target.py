# Forgetting to detach the TD target lets gradients flow into the bootstrap
import torch

v = torch.tensor([0.5, 0.2, 0.9], requires_grad=True)
r = torch.tensor([1.0, 0.0, 1.0])
target = r[:-1] + 0.9 * v[1:]
loss = ((target - v[:-1]) ** 2).mean()
loss.backward()
print(v.grad)
v.grad = None
target = r[:-1] + 0.9 * v[1:].detach()
loss = ((target - v[:-1]) ** 2).mean()
loss.backward()
print(v.grad)
print(target.requires_grad, v[1:].detach().requires_grad)
