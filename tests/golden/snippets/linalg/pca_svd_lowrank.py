# torch.pca_lowrank / torch.svd_lowrank: randomized range finder from a seeded randn start, then an SVD.
import torch
g = torch.Generator().manual_seed(0)
X = torch.randn(30, 5, generator=g) @ torch.randn(5, 5, generator=g)
torch.manual_seed(1)
U, S, V = torch.pca_lowrank(X, q=3)
print(U.shape, S, V.abs())
torch.manual_seed(1)
U2, S2, V2 = torch.svd_lowrank(X.T, q=2, niter=3)
print(S2, U2.shape, V2.shape)
Xd = X.double()
torch.manual_seed(2)
print(torch.pca_lowrank(Xd, center=False)[1])
torch.manual_seed(3)
print(torch.svd_lowrank(X, q=2, M=X.mean(0, keepdim=True))[1], torch.linalg.svdvals(X - X.mean(0))[:2])
try:
    torch.pca_lowrank(X, q=9)
except ValueError as e:
    print("ValueError:", e)
