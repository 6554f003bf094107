# Quiz 13: .grad of a non-leaf
import torch
import warnings

s = torch.tensor(3.0, requires_grad=True)
sq = s * s
res = sq + 1
sq.retain_grad()
res.backward()
print(s.grad, sq.grad, sq.retains_grad, res.retains_grad)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    print(res.grad)
    print(len(w), str(w[0].message)[:60])
