# Numerics chapter: finding machine epsilon by halving.
import torch

for dt in (torch.float16, torch.bfloat16, torch.float32, torch.float64):
    one = torch.tensor(1.0, dtype=dt)
    eps = torch.tensor(1.0, dtype=dt)
    n = 0
    while one + eps / 2 > one:
        eps = eps / 2
        n += 1
    print(dt, n, eps.item(), torch.finfo(dt).eps, eps.item() == torch.finfo(dt).eps)
print(torch.nextafter(torch.tensor(1.0), torch.tensor(2.0)) - 1)
print(torch.nextafter(torch.tensor([0.0]), torch.tensor([1.0])))
