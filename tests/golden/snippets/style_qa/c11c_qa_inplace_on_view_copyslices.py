# Q: what is CopySlices in my graph? In-place writes into a slice of a non-leaf tensor.
import torch

x = torch.tensor([1.0, 2.0, 3.0, 4.0], requires_grad=True)
y = x * 2
print(y.grad_fn)
y[1:3] = torch.tensor([0.0, 0.0])
print(y, y.grad_fn)
y[0] *= 10
print(y.grad_fn.name())
(y * torch.tensor([1.0, 2.0, 3.0, 4.0])).sum().backward()
print(x.grad)
z = x.clone()
z[z > 2] = 0
print(z, z.grad_fn.name())
z.sum().backward()
print(x.grad)
