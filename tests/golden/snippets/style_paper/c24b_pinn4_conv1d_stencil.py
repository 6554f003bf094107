# second-difference stencil as a fixed conv1d kernel (no grad to the kernel)
import torch
import torch.nn.functional as F

u = torch.tensor([0.0, 1.0, 4.0, 9.0, 16.0, 25.0], dtype=torch.float64).view(1, 1, -1)
k = torch.tensor([[[1.0, -2.0, 1.0]]], dtype=torch.float64)
print(F.conv1d(u, k))
print(F.conv1d(u, k, padding=1))
try:
    F.conv1d(u, k.float())
except RuntimeError as e:
    print("RuntimeError:", e)
