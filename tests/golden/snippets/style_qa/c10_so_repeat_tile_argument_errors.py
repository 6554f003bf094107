# Q: "Number of dimensions of repeat dims can not be smaller than number of dimensions of tensor".
import torch

x = torch.tensor([[1, 2], [3, 4]])
try:
    x.repeat(2)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x.repeat(2, 1), x.repeat(1, 2, 2).shape, x.tile((2,)), torch.tile(x, (2, 1, 1)).shape)
print(x.repeat_interleave(2), x.repeat_interleave(2, dim=0), x.repeat_interleave(torch.tensor([1, 3]), dim=0))
try:
    x.repeat_interleave(torch.tensor([1, 2, 3]), dim=0)
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    x.expand(3, 2)
except RuntimeError as e:
    print("RuntimeError:", e)
print(x[None].expand(3, 2, 2).shape, x.unsqueeze(0).repeat(3, 1, 1).stride(), x[None].expand(3, -1, -1).stride())
