# concatenating features along the wrong dim
import torch

a = torch.zeros(4, 3)
b = torch.ones(4, 2)
try:
    torch.cat([a, b])
except RuntimeError as e:
    print("RuntimeError:", e)
print(torch.cat([a, b], dim=1).shape)
print(torch.cat([a, b.long()], dim=1).dtype)
torch.cat([a, b.unsqueeze(0)], dim=1)
