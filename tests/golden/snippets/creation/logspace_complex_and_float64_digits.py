# logspace to every digit: complex dtypes (a decade of frequencies for a filter), complex ends,
# and float64 sweeps of learning rates.
import torch

torch.set_printoptions(precision=17)
print(torch.logspace(0, 1, 3, dtype=torch.complex128))
print(torch.logspace(-1, 1, 4, dtype=torch.cfloat))
print(torch.logspace(0, 2, 5, base=2.0, dtype=torch.complex128).real.tolist())
print(torch.logspace(0, 1j, 4, dtype=torch.complex128).tolist())
print(torch.logspace(1 + 1j, 2 - 0.5j, 3, base=1.5, dtype=torch.complex64).tolist())
lrs = torch.logspace(-5, -1, 9, dtype=torch.float64)
print(lrs.tolist())
print(torch.logspace(0.5, 3, 7, dtype=torch.float64).tolist())
print(torch.logspace(-2, 1.5, 6, dtype=torch.half))
print(torch.logspace(1j, 2, 3), torch.logspace(0.7 - 1.3j, 2, 1, dtype=torch.complex128))
print(torch.linspace(1j, 2, 3), torch.linspace(-1 + 2j, 3 - 0.7j, 11, dtype=torch.complex128).tolist())
try:
    torch.logspace(1j, 2, 3, dtype=torch.float64)
except RuntimeError as e:
    print("RuntimeError:", e)
