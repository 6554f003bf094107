# Scoring every item for a batch of users with integer-valued factors
import torch

U = torch.tensor([[1.0, 0.0, 2.0], [0.0, 1.0, -1.0]])
V = torch.tensor([[1.0, 1.0, 1.0], [2.0, 0.0, 0.0], [0.0, 3.0, 1.0], [-1.0, 0.0, 1.0]])
scores = U @ V.T
print(scores)
print(torch.einsum('uk,ik->ui', U, V))
print((U.unsqueeze(1) * V.unsqueeze(0)).sum(-1))
print(torch.bmm(U.unsqueeze(0), V.T.unsqueeze(0)).shape)
try:
    U @ V
except RuntimeError as e:
    print(e)
