# Q: is there an in-place version of .double() or .float()?
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
try:
    x.double_()
except AttributeError as e:
    print(e)
y = x.double()
print(y.dtype, y.is_leaf, y.grad_fn.__class__.__name__)
y.sum().backward()
print(x.grad, x.grad.dtype)
