# Issue: "exception inside a tensor hook" — propagates out of backward.
import torch

x = torch.tensor([1.0, -1.0], requires_grad=True)
def check(g):
    if (g < 0).any():
        raise ValueError(f"negative grad {g.tolist()}")
    return g
y = x * torch.tensor([1.0, -1.0])
y.register_hook(check)
try:
    (y * torch.tensor([1.0, -2.0])).sum().backward()
except ValueError as e:
    print("ValueError:", e)
print(x.grad)
