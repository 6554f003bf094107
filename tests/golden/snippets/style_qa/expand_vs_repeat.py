# Q: expand returns a view without copying; repeat copies the data.
import torch

x = torch.tensor([[1], [2], [3]])
e = x.expand(3, 4)
r = x.repeat(1, 4)
print(e)
print(torch.equal(e, r), e.stride(), r.stride())
print(x.expand(-1, 2))
print(torch.tensor([1, 2]).repeat(2, 2))
print(x.repeat_interleave(2, dim=0).view(-1))
try:
    x.expand(2, 4)
except RuntimeError as e:
    print(e)
