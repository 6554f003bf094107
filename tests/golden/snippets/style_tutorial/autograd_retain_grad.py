# Reading the gradient of an intermediate tensor with retain_grad().
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
y.retain_grad()
z = (y ** 2).mean()
z.backward()
print(y.grad)
print(x.grad)
print(y.is_leaf, x.is_leaf, z.grad_fn)
