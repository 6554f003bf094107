# Section 5.7: spacing between floats with nextafter
import torch

one = torch.tensor([1.0, 1000.0, 1e6])
nxt = torch.nextafter(one, torch.full_like(one, float("inf")))
print(nxt - one)
d = torch.tensor([1.0], dtype=torch.float64)
print((torch.nextafter(d, torch.tensor([2.0], dtype=torch.float64)) - d).item())
print(torch.nextafter(torch.tensor([0.0]), torch.tensor([1.0])))
print(torch.frexp(torch.tensor([8.0, 0.75, -3.0])))
print(torch.ldexp(torch.tensor([0.75]), torch.tensor([3])))
