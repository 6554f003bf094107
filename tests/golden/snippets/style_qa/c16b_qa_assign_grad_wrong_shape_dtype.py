# Q: assigning .grad by hand.
import torch

p = torch.zeros(2, 2, requires_grad=True)
try:
    p.grad = torch.ones(3)
except RuntimeError as e:
    print(e)
try:
    p.grad = torch.ones(2, 2, dtype=torch.float64)
except RuntimeError as e:
    print(e)
p.grad = torch.full((2, 2), 0.5)
(p.sum() * 2).backward()
print(p.grad)
