# mini-batching graphs as one block-diagonal adjacency
import torch

A1 = torch.tensor([[0., 1.], [1., 0.]])
A2 = torch.tensor([[0., 1., 1.], [1., 0., 0.], [1., 0., 0.]])
A = torch.block_diag(A1, A2)
print(A)
ei1 = A1.nonzero().t()
ei2 = A2.nonzero().t() + A1.size(0)
print(torch.cat([ei1, ei2], dim=1))
print(torch.equal(A.nonzero().t(), torch.cat([ei1, ei2], 1)))
batch = torch.cat([torch.full((2,), 0), torch.full((3,), 1)])
print(batch)
