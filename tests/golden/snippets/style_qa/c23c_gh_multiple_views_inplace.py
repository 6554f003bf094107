# In-place on a view created in no_grad then used in grad mode.
import torch

base = torch.ones(3, requires_grad=True).clone()
with torch.no_grad():
    v = base[:2]
try:
    v.mul_(2)
except RuntimeError as e:
    print(e)
a, b = base.unbind(0)[:2]
try:
    a.mul_(2)
except RuntimeError as e:
    print(e)
