# Q: how do I stop my tensors from wrapping?
import torch

grid = torch.linspace(-1, 1, 15)
print(grid)
torch.set_printoptions(linewidth=160)
print(grid)
torch.set_printoptions(linewidth=40)
print(grid[:9])
torch.set_printoptions(profile='default')
print(torch.arange(26))
