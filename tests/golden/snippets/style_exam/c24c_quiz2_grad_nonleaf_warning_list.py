# Quiz B37: .grad of several intermediates at once
import torch
import warnings

x = torch.tensor(1.0, requires_grad=True)
h = [x * k for k in (1.0, 2.0, 3.0)]
h[1].retain_grad()
sum(h).backward()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print([t.grad for t in h])
print(len(caught), x.grad)
