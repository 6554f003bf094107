# torch.flip, fliplr, flipud, roll and rot90
import torch

x = torch.arange(8).view(2, 2, 2)
print(torch.flip(x, [0, 1]))
a = torch.arange(4).view(2, 2)
print(torch.fliplr(a), torch.flipud(a))
y = torch.tensor([1, 2, 3, 4, 5, 6, 7, 8]).view(4, 2)
print(torch.roll(y, 1))
print(torch.roll(y, 1, 0))
print(torch.roll(y, -1, 0))
print(torch.roll(y, shifts=(2, 1), dims=(0, 1)))
print(torch.rot90(a, 1, [0, 1]))
print(torch.rot90(a, -1, [0, 1]))
