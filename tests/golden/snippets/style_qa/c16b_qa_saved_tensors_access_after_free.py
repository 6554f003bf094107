# Q: accessing saved values on the grad_fn.
import torch

x = torch.tensor([2.0, 3.0], requires_grad=True)
y = x.pow(3)
print(y.grad_fn._saved_self, y.grad_fn._saved_exponent)
z = x.sin()
print(z.grad_fn._saved_self is x)
z.sum().backward()
try:
    z.grad_fn._saved_self
except RuntimeError as e:
    print(str(e)[:100])
