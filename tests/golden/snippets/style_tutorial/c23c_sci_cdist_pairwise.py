# Pairwise distances between particle positions with cdist, and the p=1 variant.
import torch

pos = torch.tensor([[0.0, 0.0], [3.0, 4.0], [6.0, 8.0]], dtype=torch.float64)
print(torch.cdist(pos, pos))
print(torch.cdist(pos, pos, p=1))
print(torch.pdist(pos))
print(torch.cdist(pos.unsqueeze(0), pos[:1].unsqueeze(0)).shape)
