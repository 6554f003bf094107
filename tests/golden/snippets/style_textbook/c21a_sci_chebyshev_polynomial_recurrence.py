# Chebyshev polynomials by the three-term recurrence, checked against cos(n arccos x).
import torch

x = torch.linspace(-1, 1, 5, dtype=torch.float64)
T = [torch.ones_like(x), x]
for n in range(2, 6):
    T.append(2 * x * T[-1] - T[-2])
T = torch.stack(T)
print(T[5])
ref = torch.cos(5 * torch.arccos(x))
print(torch.allclose(T[5], ref))
print(T.shape)
