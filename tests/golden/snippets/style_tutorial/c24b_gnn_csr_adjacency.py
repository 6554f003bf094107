# CSR adjacency: row pointers give each node's degree
import torch

A = torch.tensor([[0., 1., 1., 0.],
                  [0., 0., 1., 0.],
                  [1., 0., 0., 1.],
                  [0., 0., 0., 0.]])
C = A.to_sparse_csr()
print(C.crow_indices())
print(C.col_indices())
print(C.values())
print(C.crow_indices().diff())
x = torch.tensor([[1.], [2.], [3.], [4.]])
print(C @ x)
print(C.layout)
