# Exercise: implement one generation of the Game of Life with tensors
import torch
import torch.nn.functional as F

def step(Z):
    k = torch.ones(1, 1, 3, 3)
    k[0, 0, 1, 1] = 0
    N = F.conv2d(Z[None, None].float(), k, padding=1)[0, 0].long()
    return ((N == 3) | ((Z == 1) & (N == 2))).long()

Z = torch.zeros(6, 6, dtype=torch.long)
Z[1, 2] = Z[2, 3] = Z[3, 1] = Z[3, 2] = Z[3, 3] = 1
for _ in range(4):
    Z = step(Z)
print(Z)
print(Z.sum())
