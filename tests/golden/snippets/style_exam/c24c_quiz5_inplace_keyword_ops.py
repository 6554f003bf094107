# Quiz E3: in-place ops with alpha/value keywords and their versions
import torch

t = torch.ones(3)
t.add_(torch.tensor([1.0, 2.0, 3.0]), alpha=2)
print(t, t._version)
t.addcmul_(torch.ones(3), torch.tensor([1.0, 0.0, -1.0]), value=0.5)
print(t, t._version)
t.sub_(1, alpha=3)
print(t)
try:
    t.add_(torch.ones(3), alpha=torch.tensor(2.0))
except TypeError as e:
    print("TypeError:", str(e).splitlines()[0])
