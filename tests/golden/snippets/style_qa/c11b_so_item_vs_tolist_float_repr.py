# Q: why does .item() show 0.10000000149011612? float32 -> Python float; .tolist(), round and float64.
import torch

t = torch.tensor([0.1, 0.2, 0.3])
print(t, t[0].item(), t.tolist())
print(t.sum().item(), 0.1 + 0.2 + 0.3, t.double().sum().item())
d = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64)
print(d.tolist(), d.sum().item())
print(round(t[0].item(), 4), f"{t[0].item():.4f}", float(t[0]))
print(torch.tensor(1 / 3).item(), torch.tensor(1 / 3, dtype=torch.float64).item())
print(torch.tensor([1, 2]).tolist(), torch.tensor(7).item(), type(torch.tensor(7).item()))
print(torch.tensor([True]).item(), torch.tensor(2.5, dtype=torch.float16).item())
print(torch.tensor([[1.5, 2.5]]).tolist(), torch.tensor(3.0).tolist())
print(int(torch.tensor(3.9)), bool(torch.tensor(0.0)), torch.tensor(16777217.0).item())
try:
    torch.tensor([1.0, 2.0]).item()
except RuntimeError as e:
    print("RuntimeError:", e)
