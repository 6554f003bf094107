# Q: why does .item() give 0.10000000149011612 when the tensor prints 0.1000?
import torch

t = torch.tensor(0.1)
print(t, t.item(), float(t), t.dtype)
print(torch.tensor(0.1, dtype=torch.float64).item())
print(round(t.item(), 4), f"{t.item():.4f}", f"{t:.4f}")
x = torch.tensor([0.1, 0.2, 0.3])
print(x.sum(), x.sum().item(), x.sum().item() == 0.6)
print(x.tolist())
print(torch.isclose(x.sum(), torch.tensor(0.6)))
print(torch.tensor(1 / 3), torch.tensor(1 / 3).item())
print(torch.tensor(16777217.0).item(), torch.tensor(16777217).item())
print(torch.tensor(2.5).round(), torch.tensor(3.5).round(), round(2.5))
print(int(torch.tensor(2.9)), int(torch.tensor(-2.9)))
