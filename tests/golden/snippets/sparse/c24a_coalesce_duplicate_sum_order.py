# coalesce sums repeated entries in the order of its own sort: the float32 total shows it
import torch

vals = torch.tensor([0.418, -0.568, -0.453, -0.216, -2.02, -0.232, -0.865, 3.323, 0.226, -0.353, -0.281,
                     -0.668, -1.055, -0.391, 0.482, -0.239, 0.958, -0.2, 0.024, 1.546, 0.545, -0.505,
                     -0.183, 0.541, 1.935, -0.27, -0.244, 1.002, -0.886, -0.292, 0.883, 0.58])
S = torch.sparse_coo_tensor(torch.zeros(2, 32, dtype=torch.long), vals, (1, 1))
c = S.coalesce()
print(c.values().tolist(), c._nnz())
print(S.to_dense().item())
print(torch.sparse.sum(S).item())
half = torch.sparse_coo_tensor(torch.stack([torch.arange(32) % 2, torch.zeros(32, dtype=torch.long)]), vals, (2, 1))
print(half.coalesce().values().view(-1).tolist())
