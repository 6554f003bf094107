# Puzzle: pairwise squared distances by broadcasting
import torch

pts = torch.tensor([[0.0, 0.0], [3.0, 4.0], [1.0, 1.0]])
diff = pts[:, None, :] - pts[None, :, :]
d2 = (diff ** 2).sum(-1)
print(d2)
print(torch.cdist(pts, pts) ** 2)
print(torch.cdist(pts, pts, p=1))
print(d2.sqrt().round(decimals=3))
print(torch.pdist(pts))
