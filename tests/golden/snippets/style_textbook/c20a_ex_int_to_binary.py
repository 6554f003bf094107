# Exercise: convert a vector of ints into a matrix binary representation
import torch

I = torch.tensor([0, 1, 2, 3, 15, 16, 32, 64, 128])
bits = (I.unsqueeze(1) >> torch.arange(7, -1, -1)) & 1
print(bits)
print((bits * (2 ** torch.arange(7, -1, -1))).sum(dim=1))
