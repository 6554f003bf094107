# torch.pca_lowrank gives the same variance spectrum as the manual SVD
import torch

torch.manual_seed(3)
X = torch.randn(40, 5)
U, S, V = torch.pca_lowrank(X, q=3, center=True)
print(U.shape, S.shape, V.shape)
S_full = torch.linalg.svdvals(X - X.mean(0))
print(torch.allclose(S, S_full[:3], atol=1e-4))
print(S_full)
