# Exercise: a random 10x2 tensor of coordinates, find point-by-point distances
import torch

torch.manual_seed(2)
Z = torch.rand(10, 2)
D = torch.sqrt(((Z.unsqueeze(1) - Z.unsqueeze(0)) ** 2).sum(-1))
print(D[:4, :4])
print(torch.cdist(Z, Z)[:4, :4])
print(torch.allclose(D, torch.cdist(Z, Z), atol=1e-6))
