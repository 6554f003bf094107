# a hybrid sparse tensor: sparse over nodes, dense feature vectors per stored node
import torch

idx = torch.tensor([[0, 2]])
feats = torch.tensor([[1.0, 2.0], [3.0, 4.0]])
X = torch.sparse_coo_tensor(idx, feats, (4, 2))
print(X)
print(X.sparse_dim(), X.dense_dim(), X.to_dense())
print(torch.sparse.sum(X, dim=0))
