# Q: 0.1 + 0.2 == 0.3 is False for tensors too; isclose/allclose tolerances and the equal() surprise.
import torch

a = torch.tensor(0.1) + torch.tensor(0.2)
print(a == 0.3, a == torch.tensor(0.3), a.item() == 0.3)
print(torch.isclose(a, torch.tensor(0.3)), torch.allclose(a, torch.tensor(0.3)))
x = torch.tensor([1.0, 1e-8, 1e8, float('nan')])
y = torch.tensor([1.0 + 1e-6, 0.0, 1e8 + 1, float('nan')])
print(torch.isclose(x, y))
print(torch.isclose(x, y, equal_nan=True))
print(torch.isclose(x, y, rtol=0, atol=1e-9))
print(torch.equal(torch.tensor([1, 2]), torch.tensor([1.0, 2.0])))
print(torch.tensor([1, 2]) == torch.tensor([1.0, 2.0]))
s = torch.zeros(())
for _ in range(10):
    s += 0.1
print(s, s == 1.0, torch.isclose(s, torch.tensor(1.0)))
print((torch.linspace(0, 1, 11)[3] == 0.3).item(), torch.linspace(0, 1, 11)[3].item())
try:
    torch.allclose(torch.tensor([1, 2]), torch.tensor([1.0, 2.0]))
except RuntimeError as e:
    print("RuntimeError:", e)
