import torch

print(torch.logspace(0, 2, 5))
print(torch.logspace(-1, 1, 7, base=2))
print(torch.logspace(start=-10, end=10, steps=5))
print(torch.logspace(0.1, 1.0, 4, base=10.0, dtype=torch.float64))
print(torch.logspace(0, 3, 4, dtype=torch.int64))
print(torch.logspace(2, 5, 1), torch.logspace(0, 1, 0))
x = torch.logspace(-3.7, 4.1, 33)
print(x.dtype, x.shape, x.tolist()[:6], x.tolist()[-3:])
print(torch.logspace(-5, 5, 101).sum().item())
try:
    torch.logspace(0, 1, -1)
except RuntimeError as e:
    print("RuntimeError:", e)
