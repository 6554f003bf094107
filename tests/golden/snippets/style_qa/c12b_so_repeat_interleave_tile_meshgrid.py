# Q: repeat vs repeat_interleave vs tile vs expand, and meshgrid indexing ij vs xy.
import torch

x = torch.tensor([1, 2, 3])
print(x.repeat(2), x.repeat(2, 1), x.repeat_interleave(2), torch.tile(x, (2,)))
print(x.repeat_interleave(torch.tensor([1, 0, 3])), torch.repeat_interleave(torch.tensor([2, 1])))
m = torch.tensor([[1, 2], [3, 4]])
print(m.repeat_interleave(2, dim=0), m.repeat(1, 2), m.tile(2))
a, b = torch.meshgrid(torch.tensor([1, 2, 3]), torch.tensor([10, 20]), indexing='ij')
print(a, b)
a, b = torch.meshgrid(torch.tensor([1, 2, 3]), torch.tensor([10, 20]), indexing='xy')
print(a, b)
print(torch.cartesian_prod(torch.tensor([1, 2]), torch.tensor([3, 4])))
print(torch.combinations(torch.tensor([1, 2, 3])), torch.combinations(torch.tensor([1, 2, 3]), r=2, with_replacement=True).shape)
