# Q: float_power vs pow and getting mantissa/exponent of floats.
import torch

x = torch.tensor([1.0, 8.0, 0.75, -3.0])
mant, expo = torch.frexp(x)
print(mant, expo, expo.dtype)
print(torch.ldexp(mant, expo))
print(torch.float_power(torch.tensor([2, 3]), 2), torch.pow(torch.tensor([2, 3]), 2))
print(torch.float_power(torch.tensor([2.0]), -1).dtype, torch.tensor([4.0]) ** 0.5)
print(torch.exp2(torch.tensor([3.0, -1.0])), torch.tensor(2.0).pow(torch.tensor([0.5, 10.0])))
