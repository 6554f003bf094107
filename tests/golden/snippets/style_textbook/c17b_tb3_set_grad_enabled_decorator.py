# set_grad_enabled and no_grad as decorators, and on generator functions.
import torch

w = torch.tensor([1.0], requires_grad=True)

@torch.set_grad_enabled(False)
def frozen(t):
    return t * 2

@torch.no_grad()
def steps(t, n):
    for _ in range(n):
        t = t * 2
        yield t.requires_grad

print(frozen(w).requires_grad, torch.is_grad_enabled())
print(list(steps(w, 3)), (w * 2).requires_grad)
