# Quiz 21: squeeze(1) when dim 1 is not of size 1
import torch

x = torch.zeros(3, 2, 1)
print(x.squeeze(1).shape)
print(x.squeeze(2).shape)
print(x.squeeze().shape)
print(torch.zeros(1, 1, 1).squeeze().shape)
print(torch.zeros(1, 3).squeeze(0).shape)
print(x.squeeze((1, 2)).shape)
try:
    x.squeeze(3)
except IndexError as e:
    print(e)
