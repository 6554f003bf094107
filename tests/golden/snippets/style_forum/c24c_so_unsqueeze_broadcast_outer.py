# Q: how to compute pairwise differences without loops
import torch

a = torch.tensor([1.0, 2.0, 4.0])
b = torch.tensor([0.0, 10.0])
print(a[:, None] - b[None, :])
print((a.unsqueeze(1) - b).shape)
try:
    print(a - b)
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.cdist(a[:, None], b[:, None], p=1))
