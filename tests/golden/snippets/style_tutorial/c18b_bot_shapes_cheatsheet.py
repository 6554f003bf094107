# A quick cheat-sheet of shape operations
import torch

t = torch.arange(6)
print("original     :", t.shape)
print("view(2, 3)   :", t.view(2, 3).shape)
print("unsqueeze(0) :", t.unsqueeze(0).shape)
print("unsqueeze(-1):", t.unsqueeze(-1).shape)
m = t.view(2, 3)
print("transpose    :", m.t().shape)
print("stack        :", torch.stack([m, m]).shape)
print("cat dim=1    :", torch.cat([m, m], dim=1).shape)
print("squeeze      :", torch.zeros(1, 3, 1).squeeze().shape)
try:
    t.view(4, 2)
except RuntimeError as e:
    print("view(4, 2) fails:", e)
