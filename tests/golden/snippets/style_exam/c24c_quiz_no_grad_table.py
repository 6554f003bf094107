# Quiz 7: requires_grad of each result
import torch

w = torch.ones(2, requires_grad=True)
with torch.no_grad():
    a = w * 2
    with torch.enable_grad():
        b = w * 2
    c = w * 2
with torch.set_grad_enabled(False):
    d = w + 1
torch.set_grad_enabled(True)
e = w + 1
print([t.requires_grad for t in (a, b, c, d, e)])
print(torch.is_grad_enabled())
