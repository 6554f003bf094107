import torch

a = torch.ones(2, 1, 3)
b = torch.arange(4.).reshape(4, 1)
c = a * b
print(c.shape)
print(c)
print((torch.zeros(3, 1) + torch.zeros(1, 4)).shape)
print((torch.zeros(5, 1, 2) - torch.zeros(2)).shape)
