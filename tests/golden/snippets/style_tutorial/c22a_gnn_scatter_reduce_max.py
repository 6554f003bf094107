import torch

msg = torch.tensor([[1.0, 5.0], [4.0, 2.0], [0.5, 0.5], [3.0, 9.0]])
dst = torch.tensor([0, 0, 2, 2])
index = dst.view(-1, 1).expand(-1, 2)
out = torch.zeros(3, 2).scatter_reduce(0, index, msg, reduce="amax", include_self=False)
print(out)
out_self = torch.zeros(3, 2).scatter_reduce(0, index, msg, reduce="amax")
print(out_self)
mean = torch.zeros(3, 2).scatter_reduce(0, index, msg, reduce="mean", include_self=False)
print(mean)
