# Exercise: extract all the contiguous 3x3 blocks from a random 5x5 matrix
import torch

torch.manual_seed(0)
Z = torch.randint(0, 5, (5, 5))
C = Z.unfold(0, 3, 1).unfold(1, 3, 1)
print(C.shape)
print(C[0, 0])
print(C[2, 2])
print(torch.nn.functional.unfold(Z.float()[None, None], 3).shape)
