# no_grad, enable_grad and set_grad_enabled nest.
import torch

x = torch.tensor([1.0], requires_grad=True)
with torch.no_grad():
    a = x * 2
    with torch.enable_grad():
        b = x * 2
        with torch.set_grad_enabled(False):
            c = x * 2
    d = x * 2
print([t.requires_grad for t in (a, b, c, d)])
torch.set_grad_enabled(False)
e = x * 2
torch.set_grad_enabled(True)
print(e.requires_grad, (x * 2).requires_grad, torch.is_grad_enabled())
