import torch

x = torch.tensor([2.0, 4.0, 6.0, 8.0])
L = torch.tril(torch.ones(4, 4))
print(L @ x)
expanding_mean = (L @ x) / L.sum(1)
print(expanding_mean)
print(torch.triu_indices(3, 3, offset=1))
print(torch.tril(torch.arange(9.0).view(3, 3), diagonal=-1))
