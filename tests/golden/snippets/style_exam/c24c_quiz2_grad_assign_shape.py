# Quiz B12: assigning .grad by hand
import torch

leaf = torch.zeros(3, requires_grad=True)
leaf.grad = torch.ones(3)
print(leaf.grad)
for candidate in (torch.ones(2), torch.ones(3, dtype=torch.float64), [1.0, 2.0, 3.0]):
    try:
        leaf.grad = candidate
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
leaf.grad = None
print(leaf.grad)
