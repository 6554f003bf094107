import torch

t = torch.tensor([[1., 2., 3.], [4., 5., 6.]])
print(t.mean())
print(torch.mean(t, dim=0))
print(t.mean(dim=1, keepdim=True))
print(t.mean((0, 1)))
print(torch.tensor([1, 2, 3]).float().mean())
print(torch.tensor([1., 2.], dtype=torch.float64).mean())
