# Section 7.13: scaled Bessel functions avoid overflow
import torch

x = torch.tensor([1.0, 50.0, 100.0, 500.0])
print(torch.special.i0(x))
print(torch.special.i0e(x))
print(torch.special.i1e(x))
print(torch.special.i1(torch.tensor([-1.0, 0.0])))
