import torch

users = torch.tensor([0, 0, 1, 2, 2, 2])
items = torch.tensor([1, 3, 0, 0, 2, 3])
R = torch.zeros(3, 4)
R[users, items] = 1.0
print(R)
print(R.sum(0), R.sum(1))
sparsity = 1 - R.count_nonzero().item() / R.numel()
print(round(sparsity, 4))
S = torch.sparse_coo_tensor(torch.stack([users, items]), torch.ones(6), (3, 4))
print(torch.equal(S.to_dense(), R))
