# Row-wise L2 normalization of features (F.normalize) and cosine-based similarity
import torch
import torch.nn.functional as F

X = torch.tensor([[3.0, 4.0], [1.0, 0.0], [0.0, 0.0], [-2.0, 2.0]])
Xn = F.normalize(X, p=2, dim=1)
print(Xn)
print(Xn.norm(dim=1))
print(F.normalize(X, p=1, dim=1))
print(Xn @ Xn.T)
