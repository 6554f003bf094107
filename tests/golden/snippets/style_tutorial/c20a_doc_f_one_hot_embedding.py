# F.one_hot, F.embedding, F.cosine_similarity, F.pairwise_distance
import torch
import torch.nn.functional as F

print(F.one_hot(torch.arange(0, 5) % 3))
print(F.one_hot(torch.arange(0, 5) % 3, num_classes=5))
print(F.one_hot(torch.arange(0, 6).view(3, 2) % 3))
weight = torch.tensor([[0., 0.1], [1., 1.1], [2., 2.1]])
print(F.embedding(torch.tensor([[0, 2], [1, 1]]), weight))
torch.manual_seed(0)
a, b = torch.randn(3, 4), torch.randn(3, 4)
print(F.cosine_similarity(a, b))
print(F.cosine_similarity(a, b, dim=0))
print(F.pairwise_distance(a, b), F.pairwise_distance(a, b, p=1, keepdim=True))
