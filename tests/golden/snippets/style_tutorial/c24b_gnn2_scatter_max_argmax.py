# argmax per group: which neighbour sent the max message
import torch

msg = torch.tensor([0.3, 0.9, 0.1, 0.7, 0.7])
dst = torch.tensor([0, 0, 1, 1, 1])
mx = torch.zeros(2).scatter_reduce(0, dst, msg, "amax", include_self=False)
print(mx)
is_max = msg == mx[dst]
print(is_max)
pos = torch.arange(5)
arg = torch.full((2,), 5).scatter_reduce(0, dst, torch.where(is_max, pos, 5), "amin")
print(arg)
