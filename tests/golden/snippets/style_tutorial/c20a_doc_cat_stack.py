# torch.cat, stack, hstack, vstack, dstack
import torch

torch.manual_seed(0)
x = torch.randn(2, 3)
print(torch.cat((x, x, x), 0).shape)
print(torch.cat((x, x, x), 1))
a = torch.tensor([1, 2, 3])
b = torch.tensor([4, 5, 6])
print(torch.stack((a, b)))
print(torch.stack((a, b), dim=1))
print(torch.hstack((a, b)))
print(torch.vstack((a, b)))
print(torch.dstack((a, b)))
print(torch.column_stack((a, b)))
