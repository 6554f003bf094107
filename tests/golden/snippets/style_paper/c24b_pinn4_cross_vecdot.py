# vector calculus helpers: linalg.cross and linalg.vecdot (float64)
import torch

a = torch.tensor([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0]], dtype=torch.float64)
b = torch.tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 3.0]], dtype=torch.float64)
print(torch.linalg.cross(a, b))
print(torch.linalg.vecdot(a, b), torch.linalg.vecdot(a, a))
try:
    torch.linalg.cross(a[:, :2], b[:, :2])
except RuntimeError as e:
    print("RuntimeError:", e)
