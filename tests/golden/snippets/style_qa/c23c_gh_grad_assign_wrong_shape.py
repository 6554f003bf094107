# Issue: "assigning .grad manually fails" — shape, dtype and device checks on .grad.
import torch

p = torch.zeros(3, requires_grad=True)
for bad in [torch.zeros(2), torch.zeros(3, dtype=torch.float64), [0.0, 0.0, 0.0]]:
    try:
        p.grad = bad
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
p.grad = torch.ones(3)
print(p.grad)
