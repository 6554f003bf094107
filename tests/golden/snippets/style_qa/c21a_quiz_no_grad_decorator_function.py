# Quiz: a function decorated with @torch.no_grad().
import torch

@torch.no_grad()
def update(w, g):
    w -= 0.1 * g
    return w * 2

w = torch.tensor([1.0], requires_grad=True)
out = update(w, torch.tensor([1.0]))
print(w, out.requires_grad)
print(w.is_leaf, w._version)
