# torch.abs, sign, sgn, sqrt, rsqrt, square, reciprocal
import torch

print(torch.abs(torch.tensor([-1, -2, 3])))
a = torch.tensor([0.7, -1.2, 0., 2.3])
print(torch.sign(a))
print(torch.sgn(a))
torch.manual_seed(0)
b = torch.randn(4)
print(b)
print(torch.sqrt(b))
print(torch.rsqrt(b))
print(torch.square(b))
print(torch.reciprocal(b))
