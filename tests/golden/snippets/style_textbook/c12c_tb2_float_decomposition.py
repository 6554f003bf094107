# Numerics chapter: mantissa and exponent of floating-point numbers.
import torch

x = torch.tensor([0.1, 1.0, 3.0, 1024.0, -0.75, 1e-30])
m, e = torch.frexp(x)
print(m)
print(e)
print(torch.ldexp(m, e))
print(torch.ldexp(torch.tensor([1.0]), torch.tensor([10])))
print(torch.nextafter(torch.tensor([1.0, 0.0]), torch.tensor([0.0, 1.0])))
print(torch.finfo(torch.float32).smallest_normal, torch.finfo(torch.float16).smallest_normal)
sub = torch.tensor([1e-45, 1e-40, 1e-38])
print(sub, sub * 2)
print(torch.tensor(1e-8, dtype=torch.float16), torch.tensor(6e-8, dtype=torch.float16))
print(torch.tensor([65519.0, 65520.0], dtype=torch.float16))
print(torch.tensor(3.0).log2(), torch.tensor(1 / 3).float().item())
