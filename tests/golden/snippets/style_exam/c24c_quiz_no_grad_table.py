# Quiz 7: requires_grad of each result
import torch

param = torch.ones(2, requires_grad=True)
with torch.no_grad():
    r1 = param * 2
    with torch.enable_grad():
        r2 = param * 2
    r3 = param * 2
with torch.set_grad_enabled(mode=False):
    r4 = param + 1
torch.set_grad_enabled(mode=True)
r5 = param + 1
print([t.requires_grad for t in (r1, r2, r3, r4, r5)])
print("grad mode now:", torch.is_grad_enabled())
