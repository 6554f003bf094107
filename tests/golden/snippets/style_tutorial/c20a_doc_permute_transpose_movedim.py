# torch.permute, transpose, movedim and Tensor.mT
import torch

torch.manual_seed(0)
x = torch.randn(2, 3, 5)
print(x.size())
print(torch.permute(x, (2, 0, 1)).size())
y = torch.randn(2, 3)
print(y)
print(torch.transpose(y, 0, 1))
t = torch.randn(3, 2, 1)
print(torch.movedim(t, 1, 0).shape)
print(torch.movedim(t, (1, 2), (0, 1)).shape)
print(x.mT.shape, torch.swapaxes(x, 0, 2).shape)
