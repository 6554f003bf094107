# Section 11.5: normalising rows
import torch
import torch.nn.functional as F

rows = torch.tensor([[3.0, 4.0], [0.0, 0.0], [1.0, 0.0]])
print(F.normalize(rows, dim=1))
print(F.normalize(rows, p=1, dim=1))
print(rows.renorm(p=2, dim=0, maxnorm=1.0))
print(rows / rows.norm(dim=1, keepdim=True))
