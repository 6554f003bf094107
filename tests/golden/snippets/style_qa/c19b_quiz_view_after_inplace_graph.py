# Quiz 51: in-place on a view of a non-leaf - what is the grad?
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x * 2
v = y[:2]
v.mul_(10)
print(y, y.grad_fn)
y.sum().backward()
print(x.grad)
