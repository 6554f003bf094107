# Q: why is 0.1 + 0.2 != 0.3 in torch, and why do float32 and float64 print differently?
import torch

a = torch.tensor(0.1) + torch.tensor(0.2)
b = torch.tensor(0.1, dtype=torch.float64) + torch.tensor(0.2, dtype=torch.float64)
print(a, b, a == 0.3, b == 0.3)
print(a.item(), b.item(), 0.1 + 0.2)
print(a == torch.tensor(0.3), torch.isclose(b, torch.tensor(0.3, dtype=torch.float64)))
torch.set_printoptions(precision=10)
print(a, b, torch.tensor(0.3))
print(torch.tensor([0.1, 0.2, 0.3]), torch.tensor([1 / 3], dtype=torch.float64))
torch.set_printoptions(precision=4)
s = torch.zeros(())
for _ in range(10):
    s += 0.1
print(s, s.item(), s == 1.0)
big = torch.tensor(16777216.0)
print(big + 1, (big + 1).item(), torch.tensor(16777216, dtype=torch.int32) + 1)
print(torch.finfo(torch.float32).eps, torch.finfo(torch.float64).eps, torch.finfo(torch.float16).eps)
print(torch.tensor(1.0) + torch.finfo(torch.float32).eps / 2 == 1.0)
print(torch.arange(0, 1, 0.1), len(torch.arange(0, 1, 0.1)), torch.arange(0, 1.0001, 0.25))
