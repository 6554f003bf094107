# Exercise: convert a float (32 bits) tensor into an integer (32 bits) one
import torch

Z = torch.arange(10, dtype=torch.float32)
Z = Z.to(torch.int32)
print(Z, Z.dtype)
print(torch.tensor([2.7, -2.7]).int())
print(torch.tensor([2.7, -2.7]).long().dtype)
print(torch.tensor([300.0]).to(torch.uint8))
