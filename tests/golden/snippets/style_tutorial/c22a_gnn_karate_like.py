import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(13)
edges = torch.tensor([[0, 0, 1, 2, 3, 4, 4, 5], [1, 2, 2, 3, 4, 5, 6, 6]])
N = 7
A = torch.eye(N)
A[edges[0], edges[1]] = 1
A[edges[1], edges[0]] = 1
deg = A.sum(1)
A_n = A / deg.sqrt().outer(deg.sqrt())
X = torch.eye(N)
W = nn.Linear(N, 2)
emb = torch.tanh(A_n @ torch.tanh(A_n @ W(X)))
print(emb.shape)
print(emb)
print(deg)
