import torch

# PCA by SVD: centre the data, project on the first two right singular vectors
torch.manual_seed(0)
X = torch.randn(20, 3) @ torch.tensor([[3.0, 0.0, 0.0], [1.0, 1.0, 0.0], [0.0, 0.5, 0.2]])
Xc = X - X.mean(dim=0)
U, S, V = torch.svd(Xc)
print(S)
print(V)
explained = S**2 / (S**2).sum()
print(explained)
Z = Xc @ V[:, :2]
print(Z[:5])
print(Z.shape)
