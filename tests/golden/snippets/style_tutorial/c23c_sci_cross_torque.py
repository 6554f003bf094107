# Torque r x F with torch.linalg.cross on a batch, and the dim argument.
import torch

r = torch.tensor([[1.0, 0.0, 0.0], [0.0, 2.0, 0.0]], dtype=torch.float64)
F = torch.tensor([[0.0, 1.0, 0.0], [0.0, 0.0, 3.0]], dtype=torch.float64)
print(torch.linalg.cross(r, F))
print(torch.linalg.cross(r.T, F.T, dim=0).T)
print(torch.cross(r, F, dim=1), torch.linalg.vecdot(r, F))
try:
    torch.linalg.cross(r[:, :2], F[:, :2])
except RuntimeError as e:
    print("RuntimeError:", e)
