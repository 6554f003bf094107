# Element-wise ops that keep zeros zero run on the coalesced values
import torch

s = torch.sparse_coo_tensor([[0, 1, 1, 0], [2, 0, 2, 2]], [3.0, -4.0, 5.0, 1.0], (2, 3))
print(s.sin())
print(torch.abs(s), s.relu(), s.sqrt())
print(s.pow(2), s.square().to_dense())
print(torch.tensor([[0.0, -1.5], [2.5, 0.0]]).to_sparse().floor())
print(s * torch.full((2, 3), 2.0), s.double().dtype, s.long())
