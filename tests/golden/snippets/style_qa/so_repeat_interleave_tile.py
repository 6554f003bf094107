# Q: how to repeat each element n times (repeat_interleave) versus tiling (repeat, tile).
import torch

x = torch.tensor([1, 2, 3])
print(x.repeat_interleave(2))
print(torch.repeat_interleave(x, torch.tensor([1, 0, 3])))
print(x.repeat(2), x.tile((2,)))
m = torch.tensor([[1, 2], [3, 4]])
print(m.repeat_interleave(2, dim=0))
print(m.repeat(2, 3))
print(torch.tile(m, (2,)))
print(m.unsqueeze(1).expand(2, 3, 2).reshape(-1, 2))
try:
    m.repeat(2)
except RuntimeError as e:
    print(e)
print(torch.repeat_interleave(torch.tensor(3), 2))
