# A helper that uses torch.no_grad internally: the caller's result has no graph.
import torch

def normalize(v):
    with torch.no_grad():
        return v / v.norm()

@torch.no_grad()
def scale(v):
    return v * 2

x = torch.tensor([3.0, 4.0], requires_grad=True)
n = normalize(x)
print(n, n.requires_grad)
print(scale(x).requires_grad, torch.is_grad_enabled())
try:
    (normalize(x) * x).sum().backward()
    print(x.grad)
except RuntimeError as e:
    print(e)
