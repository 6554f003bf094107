# Q: Sizes of tensors must match except in dimension 1
import torch

a = torch.zeros(2, 3)
b = torch.ones(4, 2)
try:
    torch.cat([a, b], dim=1)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    torch.stack([a, torch.zeros(2, 4)])
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.cat([a, b.T[:, :2].T.reshape(2, 4)[:, :3]], dim=0).shape)
print(torch.cat([a, torch.zeros(0)]).shape)
