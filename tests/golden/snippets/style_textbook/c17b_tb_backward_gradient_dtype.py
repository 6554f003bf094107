# The seed gradient may differ in dtype but not in shape.
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
y = x * 3
y.backward(torch.tensor([1.0, 1.0], dtype=torch.float64), retain_graph=True)
print(x.grad, x.grad.dtype)
try:
    y.backward(torch.tensor([1, 1]))
except RuntimeError as err:
    print(err)
try:
    y.backward(torch.ones(2, 1))
except RuntimeError as err:
    print(err)
