# build a dense adjacency from an edge list with index_put_
import torch

edges = [(0, 1), (1, 2), (2, 3), (3, 0), (0, 2), (0, 1)]
edge_index = torch.tensor(edges).t().contiguous()
print(edge_index)
print(edge_index.shape, edge_index.dtype)
A = torch.zeros(4, 4)
A.index_put_((edge_index[0], edge_index[1]), torch.ones(edge_index.size(1)), accumulate=True)
print(A)
A_bin = torch.zeros(4, 4)
A_bin[edge_index[0], edge_index[1]] = 1.0
print(A_bin)
print("duplicate edges:", int((A - A_bin).sum()))
print(torch.equal(A_bin, A_bin.T))
