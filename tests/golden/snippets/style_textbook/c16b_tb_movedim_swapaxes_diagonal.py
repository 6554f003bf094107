# Rearranging axes and taking diagonals.
import torch

x = torch.arange(24.0).view(2, 3, 4)
print(x.movedim(0, -1).shape, x.swapaxes(0, 2).shape)
print(torch.movedim(x, (0, 1), (2, 0)).shape)
sq = torch.arange(9.0).view(3, 3)
print(sq.diagonal(), sq.diagonal(offset=1), sq.diagonal(offset=-2))
print(sq.diagonal().stride())
print(torch.diag(torch.tensor([1, 2, 3])))
print(torch.diag_embed(torch.tensor([[1.0, 2.0], [3.0, 4.0]])))
