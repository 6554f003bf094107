# Q: "unsupported operation: more than one element of the written-to tensor refers to a single memory location".
import torch

bias = torch.tensor([1.0, 2.0, 3.0])
grid = bias.expand(4, 3)
print(grid.stride(), grid.is_contiguous())
try:
    grid.add_(1)
except RuntimeError as e:
    print(e)
try:
    grid[0, 0] = 5
    print(bias)
except RuntimeError as e:
    print(e)
safe = grid.clone()
safe.add_(1)
print(safe, bias)
rep = bias.repeat(4, 1)
rep[0, 0] = 100
print(rep[:2], bias)
try:
    torch.zeros(3).expand(2, 3).mul_(torch.ones(2, 3))
except RuntimeError as e:
    print(e)
