# Q: why does tolist() print 0.10000000149011612 when the tensor prints 0.1000?
import torch

t = torch.tensor([0.1, 0.2, 1 / 3])
print(t)
print(t.tolist())
print(t.double().tolist())
print(torch.tensor([0.1, 0.2], dtype=torch.float64).tolist())
print(t[0].item(), f"{t[0].item():.4f}", f"{t[0]:.4f}")
print(t.numpy())
print(t.half(), t.half().tolist())
print(t.bfloat16(), t.bfloat16().tolist())
print(torch.tensor(16777217.0), torch.tensor(16777217.0).item())
