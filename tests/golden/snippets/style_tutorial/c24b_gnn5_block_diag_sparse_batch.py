# batching sparse adjacencies: shift indices, concatenate, one sparse block-diagonal
import torch

a1 = torch.tensor([[0, 1], [1, 0]])
a2 = torch.tensor([[0, 1, 2], [1, 2, 0]])
sizes = [2, 3]
shift = torch.tensor([0, 2])
ei = torch.cat([a1 + shift[0], a2 + shift[1]], dim=1)
A = torch.sparse_coo_tensor(ei, torch.ones(ei.size(1)), (sum(sizes), sum(sizes)))
print(A.to_dense())
print(torch.equal(A.to_dense()[2:, 2:], torch.sparse_coo_tensor(a2, torch.ones(3), (3, 3)).to_dense()))
