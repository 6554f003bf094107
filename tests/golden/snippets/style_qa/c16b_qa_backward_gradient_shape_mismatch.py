# Q: Mismatch in shape when passing gradient to backward.
import torch

x = torch.ones(3, requires_grad=True)
y = x * 2
try:
    y.backward(torch.ones(2))
except RuntimeError as e:
    print(e)
try:
    y.backward(torch.ones(3, dtype=torch.float64))
    print(x.grad, x.grad.dtype)
except RuntimeError as e:
    print(e)
