# Linear algebra chapter: low-rank approximation of a synthetic "image" with the SVD; error vs rank.
import torch

i = torch.arange(16, dtype=torch.float64)
img = torch.sin(i[:, None] / 3) * torch.cos(i[None, :] / 5) + 0.5 * (i[:, None] > 8).double() + 0.05 * torch.cos(i[:, None] * i[None, :])
U, S, Vh = torch.linalg.svd(img)
print(S[:6])
for k in (1, 2, 3, 5, 8):
    approx = U[:, :k] @ torch.diag(S[:k]) @ Vh[:k]
    err = torch.linalg.norm(img - approx)
    print(k, round(err.item(), 8), round(torch.sqrt((S[k:] ** 2).sum()).item(), 8))
print(torch.linalg.matrix_rank(img))
energy = (S ** 2).cumsum(0) / (S ** 2).sum()
print((energy < 0.99).sum() + 1)
