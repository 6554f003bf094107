# Random complex tensors: randn draws each part with variance 1/2, rand each part in [0, 1).
import torch

torch.manual_seed(0)
print(torch.randn(3, dtype=torch.cfloat))
print(torch.randn(20, dtype=torch.cfloat))
print(torch.randn(2, 3, dtype=torch.cdouble))
print(torch.rand(3, dtype=torch.cfloat))
print(torch.randn(3))
g = torch.Generator().manual_seed(5)
z = torch.randn(9, dtype=torch.cfloat, generator=g)
print(z.tolist())
print(z.abs().pow(2).mean(), z.real.std(), z.imag.std())
