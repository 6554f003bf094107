# k-nearest-neighbour classifier: torch.cdist, topk(largest=False) and a majority vote with mode.
import torch

torch.manual_seed(5)
Xtr = torch.cat([torch.randn(15, 2) + torch.tensor([2., 0.]), torch.randn(15, 2) - torch.tensor([2., 0.]),
                 torch.randn(15, 2) + torch.tensor([0., 3.])])
ytr = torch.arange(3).repeat_interleave(15)
Xte = torch.tensor([[2.1, 0.2], [-1.8, -0.4], [0.1, 2.7], [0.0, 0.0]])
d = torch.cdist(Xte, Xtr)
print(d.shape, d.dtype)
for k in (1, 3, 5):
    dist, idx = d.topk(k, dim=1, largest=False)
    votes = ytr[idx]
    pred = votes.mode(dim=1).values
    print(k, votes.tolist(), pred.tolist())
print(dist.round(decimals=3))
d2 = ((Xte[:, None, :] - Xtr[None, :, :]) ** 2).sum(-1).sqrt()
print(torch.allclose(d, d2, atol=1e-5))
counts = torch.stack([torch.bincount(v, minlength=3) for v in ytr[d.topk(5, dim=1, largest=False).indices]])
print(counts)
print(counts.argmax(1))
