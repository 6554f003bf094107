# Floating-point anatomy: frexp, ldexp, nextafter, and the spacing at 1.0 in float64.
import torch

x = torch.tensor([1.0, 0.75, 1024.0, -3.0], dtype=torch.float64)
m, e = torch.frexp(x)
print(m, e)
print(torch.ldexp(m, e))
one = torch.tensor(1.0, dtype=torch.float64)
print((torch.nextafter(one, torch.tensor(2.0, dtype=torch.float64)) - one).item())
print(torch.finfo(torch.float64).eps, torch.nextafter(torch.tensor(0.0), torch.tensor(1.0)))
