# torch.gcd, lcm, ldexp, frexp, float_power, xlogy
import torch

a = torch.tensor([5, 10, 15])
b = torch.tensor([3, 4, 5])
print(torch.gcd(a, b), torch.lcm(a, b))
print(torch.gcd(a, torch.tensor([3])))
print(torch.ldexp(torch.tensor([1.]), torch.tensor([1, 2, 3, 4])))
mantissa, exponent = torch.frexp(torch.arange(9.))
print(mantissa, exponent)
print(torch.float_power(torch.tensor([2, 3]), 2))
print(torch.xlogy(torch.tensor([0, 0.5, 1]), torch.tensor([0., 3., 4.])))
