# Tensor.expand, expand_as, repeat and repeat_interleave
import torch

x = torch.tensor([[1], [2], [3]])
print(x.size())
print(x.expand(3, 4))
print(x.expand(-1, 4))
y = torch.tensor([1, 2, 3])
print(y.repeat(4, 2))
print(y.repeat(4, 2, 1).size())
print(y.repeat_interleave(2))
z = torch.tensor([[1, 2], [3, 4]])
print(torch.repeat_interleave(z, 2))
print(torch.repeat_interleave(z, 3, dim=1))
print(torch.repeat_interleave(z, torch.tensor([1, 2]), dim=0))
