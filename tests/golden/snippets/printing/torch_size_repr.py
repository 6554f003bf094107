import torch

print(torch.Size([2, 3]))
print(torch.zeros(4).shape)
print(torch.zeros(()).shape)
print(torch.zeros(1, 1, 1, 1).size())
print([torch.zeros(2).shape, torch.zeros(3, 1).shape])
print(str(torch.Size([5])))
