# F.embedding with max_norm under the L1 norm, and repeated ids
import torch
import torch.nn.functional as F

W = torch.tensor([[3.0, -1.0], [0.2, 0.2], [1.0, 1.0]])
out = F.embedding(torch.tensor([0, 0, 2]), W, max_norm=1.0, norm_type=1.0)
print(out)
print(W)
print(W.abs().sum(1))
W2 = torch.tensor([[3.0, 4.0]])
F.embedding(torch.tensor([0]), W2, max_norm=2.0)
print(W2, W2.norm())
