# The trained 2-d character embedding table C, as the lecture plots it: coordinates per character.
import torch

g = torch.Generator().manual_seed(2147483647)
itos = {0: '.'}
itos.update({i + 1: c for i, c in enumerate('abcdefghijklmnopqrstuvwxyz')})
C = torch.randn((27, 2), generator=g)
for i in range(0, 27, 5):
    print(itos[i], [round(v, 3) for v in C[i].tolist()])
print(C[:, 0].data.min(), C[:, 1].data.max())
dists = torch.cdist(C, C)
print(dists.shape, dists[1, :4])
nearest = dists[1].clone()
nearest[1] = float('inf')
print(itos[nearest.argmin().item()], round(nearest.min().item(), 4))
print(torch.norm(C, dim=1).topk(3))
