# Q: I turned requires_grad on after computing under no_grad; x gets no gradient
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    y = x * 2
y.requires_grad_()
print(y.is_leaf, y.grad_fn)
(y ** 2).sum().backward()
print(y.grad, x.grad)
