# k-nearest-neighbour classifier: distances with cdist and with the expanded formula, votes with topk + bincount.
import torch

torch.manual_seed(11)
Xtr = torch.randn(12, 3)
ytr = torch.tensor([0, 1, 2, 0, 1, 2, 0, 1, 2, 0, 1, 1])
Xte = torch.randn(4, 3)

d1 = torch.cdist(Xte, Xtr)
d2 = (Xte.pow(2).sum(1, keepdim=True) - 2 * Xte @ Xtr.t() + Xtr.pow(2).sum(1)).clamp_min(0).sqrt()
print(d1.shape)
print(torch.allclose(d1, d2, atol=1e-5))
loops = torch.empty(4, 12)
for i in range(4):
    for j in range(12):
        loops[i, j] = torch.sqrt(((Xte[i] - Xtr[j]) ** 2).sum())
print((loops - d1).abs().max() < 1e-5)

for k in (1, 3, 5):
    dist, idx = d1.topk(k, dim=1, largest=False)
    labels = ytr[idx]
    preds = torch.stack([torch.bincount(row, minlength=3).argmax() for row in labels])
    print(k, idx.tolist(), preds.tolist())
print(d1.argmin(dim=1))
print(torch.round(d1[0], decimals=4))
