# mean aggregation = scatter_add_ of messages / in-degree
import torch

x = torch.tensor([[1., 2.], [3., 4.], [5., 6.], [7., 8.]])
src = torch.tensor([0, 1, 2, 0, 3])
dst = torch.tensor([1, 2, 1, 3, 1])
summed = torch.zeros(4, 2).scatter_add_(0, dst.unsqueeze(-1).expand(-1, 2), x[src])
print(summed)
deg = torch.zeros(4).scatter_add_(0, dst, torch.ones(dst.numel()))
print(deg)
mean = summed / deg.clamp(min=1).unsqueeze(-1)
print(mean)
print(torch.bincount(dst, minlength=4))
