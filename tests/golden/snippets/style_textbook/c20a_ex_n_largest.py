# Exercise: get the n largest values of a tensor
import torch

torch.manual_seed(0)
Z = torch.randperm(10000)
n = 5
print(Z[torch.argsort(Z)[-n:]])
print(torch.topk(Z, n).values)
print(torch.topk(Z, n, sorted=False).values.sort().values)
