import torch

x = torch.tensor([[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]])
edge_index = torch.tensor([[0, 1, 2, 0], [1, 2, 0, 2]])
src, dst = edge_index
msg = x[src]
idx = dst.unsqueeze(1).expand_as(msg)
summed = torch.zeros(3, 2).scatter_add_(0, idx, msg)
cnt = torch.zeros(3).scatter_add_(0, dst, torch.ones(dst.size(0)))
mean = summed / cnt.clamp(min=1).unsqueeze(1)
print(summed)
print(cnt)
print(mean)
