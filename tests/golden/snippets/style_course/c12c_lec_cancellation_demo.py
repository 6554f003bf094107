# Lecture: catastrophic cancellation, (1 - cos x) / x^2 near zero.
import torch

xs = torch.tensor([1e-1, 1e-2, 1e-3, 1e-4], dtype=torch.float32)
naive = (1 - torch.cos(xs)) / xs ** 2
stable = 2 * torch.sin(xs / 2) ** 2 / xs ** 2
print(naive)
print(stable)
xd = xs.double()
print((1 - torch.cos(xd)) / xd ** 2)
a = torch.tensor(1.0000001)
b = torch.tensor(1.0)
print(a - b, (a - b).item())
big = torch.tensor([1e8, 1.0, -1e8])
print(big.sum(), big.double().sum())
print(torch.tensor(0.1) + torch.tensor(0.2) == torch.tensor(0.3))
print(torch.tensor(0.1, dtype=torch.float64) + 0.2)
