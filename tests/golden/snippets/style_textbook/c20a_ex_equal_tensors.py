# Exercise: consider two random tensors A and B, check if they are equal
import torch

torch.manual_seed(0)
A = torch.randint(0, 2, (5,))
B = torch.randint(0, 2, (5,))
print(A, B)
print(torch.allclose(A.float(), B.float()))
print(torch.equal(A, B))
print((A == B).all().item())
