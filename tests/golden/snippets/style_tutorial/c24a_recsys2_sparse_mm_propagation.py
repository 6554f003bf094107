# One graph-propagation step (LightGCN style) with a sparse normalised adjacency
import torch

edges = torch.tensor([[0, 0, 1, 2], [3, 4, 3, 4]])
n = 5
both = torch.cat([edges, edges.flip(0)], dim=1)
A = torch.sparse_coo_tensor(both, torch.ones(both.shape[1]), (n, n)).coalesce()
deg = torch.sparse.sum(A, dim=1).to_dense()
print(deg)
norm = deg.pow(-0.5)
vals = norm[A.indices()[0]] * norm[A.indices()[1]]
A_hat = torch.sparse_coo_tensor(A.indices(), vals, (n, n))
E = torch.tensor([[1.0, 0.0], [0.0, 1.0], [1.0, 1.0], [2.0, 0.0], [0.0, 2.0]])
print(torch.sparse.mm(A_hat, E))
print(A_hat.to_dense().round(decimals=4))
