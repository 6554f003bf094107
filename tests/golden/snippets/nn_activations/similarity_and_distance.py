# Cosine similarity, normalize and pairwise distance, with their gradients.
import torch
import torch.nn as nn
import torch.nn.functional as F

a = torch.tensor([[1.0, 2.0, 2.0], [0.0, 3.0, 4.0]], requires_grad=True)
b = torch.tensor([[2.0, 1.0, 2.0], [1.0, 0.0, 0.0]], requires_grad=True)
cos = F.cosine_similarity(a, b)
print(cos, cos.grad_fn.name())
cos.sum().backward()
print(a.grad)
print(b.grad)
print(nn.CosineSimilarity(dim=0)(a, b))
n = F.normalize(a, dim=1)
print(n, n.grad_fn.name())
print(F.normalize(torch.tensor([[3.0, 4.0], [0.0, 0.0]]), p=1, dim=1))
d = nn.PairwiseDistance()(a, b)
print(nn.PairwiseDistance(), d, d.grad_fn.name(), d.grad_fn.next_functions[0][0].name())
print(F.pairwise_distance(a, b, p=1.0, keepdim=True))
print(F.cosine_similarity(torch.tensor([1.0, 0.0]), torch.tensor([0.0, 0.0]), dim=0))
