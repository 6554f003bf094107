# Q: clamp with per-element bounds, clamp_ in place on a parameter, and the gradient at the bounds.
import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
lo = torch.tensor([-1.0, 0.0, 0.0, 0.0, 1.0])
hi = torch.tensor([1.0, 1.0, 0.0, 0.25, 3.0])
y = torch.clamp(x, min=lo, max=hi)
print(y)
y.sum().backward()
print(x.grad)
x.grad = None
torch.clamp(x, min=0.0).sum().backward()
print(x.grad)
try:
    torch.clamp(x)
except RuntimeError as e:
    print("RuntimeError:", e)
w = torch.nn.Parameter(torch.tensor([1.5, -3.0, 0.2]))
with torch.no_grad():
    w.clamp_(-1, 1)
print(w)
print(torch.clamp(torch.tensor([1, 5, 9]), 2, 6), torch.clamp(torch.tensor([1, 5, 9]), 2.5).dtype)
print(torch.tensor([0.3, 0.7]).clamp(max=0.5), torch.clip(torch.tensor([-1.0, 1.0]), -0.5, 0.5))
print(torch.clamp(torch.tensor([1.0, 2.0]), min=3.0, max=1.0))
