# Quiz: assigning a gradient of the wrong shape or dtype by hand.
import torch

p = torch.zeros(3, requires_grad=True)
try:
    p.grad = torch.ones(2)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    p.grad = torch.ones(3, dtype=torch.float64)
except RuntimeError as e:
    print(type(e).__name__, e)
p.grad = torch.full((3,), 0.5)
print(p.grad)
