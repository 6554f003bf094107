# nn.CosineSimilarity and nn.PairwiseDistance modules
import torch
import torch.nn as nn

torch.manual_seed(0)
input1 = torch.randn(10, 8)
input2 = torch.randn(10, 8)
cos = nn.CosineSimilarity(dim=1, eps=1e-6)
print(cos(input1, input2))
pdist = nn.PairwiseDistance(p=2)
print(pdist(input1, input2))
print(cos, pdist)
