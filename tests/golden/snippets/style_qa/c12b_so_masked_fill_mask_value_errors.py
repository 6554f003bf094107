# Q: masked_fill complains about my mask or my value: dtypes, shapes and the 0-dim value rule.
import torch

x = torch.arange(6.).view(2, 3)
mask = x > 2
print(x.masked_fill(mask, -1.0), x.masked_fill(mask, torch.tensor(9.0)))
for args in [(mask.float(), 0.0), (mask.int(), 0.0), (mask, torch.tensor([1.0, 2.0])), (mask[:, :2], 0.0),
             (torch.tensor([True, False, True]), 5.0), (mask, 'a')]:
    try:
        print(x.masked_fill(*args))
    except (RuntimeError, TypeError) as e:
        print(type(e).__name__, e)
y = x.clone()
try:
    y.masked_fill_(torch.ones(1, 2, 3, dtype=torch.bool), 0.0)
except RuntimeError as e:
    print(e)
print(torch.arange(4).masked_fill(torch.tensor([True, False, False, True]), 2.7))
print(x.masked_fill(mask, float('-inf')).softmax(1))
