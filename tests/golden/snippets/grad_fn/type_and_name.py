import torch

x = torch.tensor(2., requires_grad=True)
y = x * 3
fn = y.grad_fn
print(fn)
print(type(fn).__name__)
print(fn.name())
print(repr(fn).startswith("<MulBackward0 object at 0x"))
print(callable(fn))
