# Quiz B12: assigning .grad by hand
import torch

p = torch.zeros(3, requires_grad=True)
p.grad = torch.ones(3)
print(p.grad)
for bad in (torch.ones(2), torch.ones(3, dtype=torch.float64), [1.0, 2.0, 3.0]):
    try:
        p.grad = bad
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
p.grad = None
print(p.grad)
