# Q: `0 < x < 1` on a tensor and `and`/`or` between masks: ambiguous truth value; use & | and parentheses.
import torch

x = torch.tensor([-0.5, 0.3, 0.9, 1.5])
try:
    mask = 0 < x < 1
except RuntimeError as e:
    print(e)
mask = (x > 0) & (x < 1)
print(mask)
try:
    m2 = (x > 0) and (x < 1)
except RuntimeError as e:
    print(e)
print((x < 0) | (x > 1), ~mask, mask ^ (x > 0.5))
try:
    print(x > 0 & x < 1)
except (RuntimeError, TypeError) as e:
    print(type(e).__name__, e)
print(torch.logical_and(x > 0, x < 1), torch.logical_not(x > 0))
print(x[mask], x[(x > 0) & (x < 1)].sum())
print((x > 0).any(), (x > 0).all(), bool((x > -1).all()))
if torch.tensor([0.0]):
    print("true")
else:
    print("false")
print(torch.tensor([1, 2]) == torch.tensor([1, 3]), torch.equal(torch.tensor([1, 2]), torch.tensor([1, 2])))
print(x.clamp(0, 1), torch.where(mask, x, torch.zeros_like(x)))
