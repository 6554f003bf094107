# Q: no ZeroDivisionError in PyTorch: inf, nan, and integer division by zero.
import torch

x = torch.tensor([1.0, 0.0, -1.0])
print(x / 0, x / torch.zeros(3))
print(torch.tensor(0.0) / 0, torch.isnan(x / 0), torch.isinf(x / 0))
try:
    torch.tensor([1, 2]) // 0
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.tensor([1, 2]) % 0
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.tensor([1, 2]) / 0)
print(torch.log(torch.tensor([0.0, -1.0])), torch.sqrt(torch.tensor(-4.0)))
print(torch.tensor(1e38) * 10, torch.tensor(1e-45) / 2, torch.exp(torch.tensor(100.0)))
print(torch.finfo(torch.float32).tiny, torch.tensor(3.0).reciprocal(), torch.tensor(0.0).reciprocal())
