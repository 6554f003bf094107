# conditional VAE: concatenating a label to the input with mismatched batch sizes
import torch
import torch.nn.functional as F

x = torch.rand(4, 6)
y = F.one_hot(torch.tensor([0, 2, 1]), 3).float()
try:
    torch.cat([x, y], dim=1)
except RuntimeError as e:
    print("RuntimeError:", e)
y = F.one_hot(torch.tensor([0, 2, 1, 1]), 3).float()
print(torch.cat([x, y], dim=1).shape)
print(torch.cat([x, y.long()], dim=1).dtype)
