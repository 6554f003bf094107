# torch.sparse.softmax normalises only over stored neighbours
import torch

i = torch.tensor([[0, 0, 1, 2, 2, 2], [1, 2, 0, 0, 1, 2]])
v = torch.tensor([1., 2., 0.5, 0., 0., 3.])
S = torch.sparse_coo_tensor(i, v, (3, 3))
P = torch.sparse.softmax(S, dim=1)
print(P.to_dense())
print(P.to_dense().sum(1))
print(torch.softmax(S.to_dense(), dim=1))
