import torch
import torch.nn.functional as F

torch.manual_seed(22)
hist = torch.randn(2, 4, 3)
cand = torch.randn(2, 3)
mask = torch.tensor([[1, 1, 1, 0], [1, 1, 0, 0]], dtype=torch.bool)
att = torch.einsum('bld,bd->bl', hist, cand)
att = att.masked_fill(~mask, -1e9)
w = F.softmax(att, dim=-1)
user = (w.unsqueeze(-1) * hist).sum(1)
print(w)
print(user.shape)
print(w.sum(-1))
