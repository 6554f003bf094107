import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(14)
enc_out = torch.randn(2, 6, 4)
query = torch.randn(2, 4)
scores = torch.bmm(enc_out, query.unsqueeze(2)).squeeze(2)
weights = F.softmax(scores, dim=1)
context = (weights.unsqueeze(2) * enc_out).sum(1)
print(weights.shape, weights.sum(1))
print(context.shape)
mask = torch.tensor([[1, 1, 1, 1, 0, 0], [1, 1, 1, 1, 1, 1]], dtype=torch.bool)
masked = F.softmax(scores.masked_fill(~mask, float("-inf")), dim=1)
print(masked[0])
