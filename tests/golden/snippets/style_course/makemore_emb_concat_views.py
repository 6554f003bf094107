# Three ways to flatten embedded contexts: cat of slices, cat of unbind, and view.
import torch

g = torch.Generator().manual_seed(42)
C = torch.randn((27, 2), generator=g)
X = torch.tensor([[0, 0, 5], [0, 5, 13], [5, 13, 13], [13, 13, 1]])
emb = C[X]
print(emb.shape)
a = torch.cat([emb[:, 0, :], emb[:, 1, :], emb[:, 2, :]], 1)
b = torch.cat(torch.unbind(emb, 1), 1)
c = emb.view(-1, 6)
print(a.shape, (a == b).all().item(), torch.equal(b, c))
print(C[5], emb[1, 1])
print(F_shape := emb.view(emb.shape[0], -1).shape)
print(torch.arange(18).view(3, 3, 2).storage_offset(), emb.is_contiguous())
print(C[torch.tensor([5, 6, 7, 7])])
