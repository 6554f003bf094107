# Exercise: create a null vector of size 10 whose fifth value is 1
import torch

Z = torch.zeros(10)
Z[4] = 1
print(Z)
# Exercise: how much memory does it take?
print("%d bytes" % (Z.numel() * Z.element_size()))
# Exercise: a vector with values ranging from 10 to 49
print(torch.arange(10, 50))
