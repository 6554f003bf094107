import torch

edge_index = torch.tensor([[0, 1, 1, 2, 2, 3],
                           [1, 0, 2, 1, 3, 2]])
num_nodes = 4
A = torch.zeros(num_nodes, num_nodes)
A[edge_index[0], edge_index[1]] = 1.0
print(A)
print(torch.equal(A, A.T))
print(A.sum(dim=1))
print(edge_index.shape, edge_index.dtype)
