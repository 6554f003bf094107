import torch

a = torch.tensor([[0, 1], [1, 0]])
b = torch.tensor([[0, 1, 1], [1, 0, 0], [1, 0, 0]])
big = torch.block_diag(a, b)
print(big)
print(big.shape, big.dtype)
print(big.nonzero().t())
print(torch.block_diag(torch.tensor([1.0]), torch.ones(1, 2)))
