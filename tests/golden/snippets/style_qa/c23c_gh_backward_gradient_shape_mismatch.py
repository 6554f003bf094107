# Issue: "Mismatch in shape" when passing gradient= to backward.
import torch

x = torch.ones(2, 3, requires_grad=True)
y = x * 2
try:
    y.backward(torch.ones(3))
except RuntimeError as e:
    print(e)
try:
    torch.autograd.backward([y], [torch.ones(2, 3, dtype=torch.float64)])
except RuntimeError as e:
    print(e)
