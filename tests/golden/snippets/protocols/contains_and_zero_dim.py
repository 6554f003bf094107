import torch

t = torch.tensor([[1, 2], [3, 4]])
print(3 in t, torch.tensor(5) in t)
print(torch.tensor([1, 2]) in t)
z = torch.tensor(4.)
print(z.shape, z.ndim, len(z.shape))
print(z.tolist(), z.item(), float(z))
