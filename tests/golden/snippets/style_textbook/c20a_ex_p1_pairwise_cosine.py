# Practice 1: pairwise cosine similarity matrix of 4 vectors, most similar pair
import torch
import torch.nn.functional as F

torch.manual_seed(0)
V = torch.randn(4, 6)
N = F.normalize(V, dim=1)
S = N @ N.T
print(S.round(decimals=4))
S.fill_diagonal_(-2)
i = S.argmax()
print(divmod(i.item(), 4))
