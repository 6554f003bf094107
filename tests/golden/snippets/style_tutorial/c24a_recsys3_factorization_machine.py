# Factorization-machine pairwise term: 0.5 * ((sum v)^2 - sum v^2)
import torch
import torch.nn as nn

emb = nn.Embedding(6, 3)
with torch.no_grad():
    emb.weight.copy_(torch.arange(18.0).view(6, 3) / 10)
fields = torch.tensor([[0, 2, 5], [1, 3, 4]])
v = emb(fields)
square_of_sum = v.sum(1).pow(2)
sum_of_square = v.pow(2).sum(1)
inter = 0.5 * (square_of_sum - sum_of_square).sum(1)
print(inter)
brute = torch.stack([sum((v[b, i] * v[b, j]).sum() for i in range(3) for j in range(i + 1, 3)) for b in range(2)])
print(brute)
print(torch.allclose(inter, brute))
inter.sum().backward()
print(emb.weight.grad[2])
