# dense GAT attention: mask non-edges with -inf before softmax
import torch

torch.manual_seed(2)
adj = torch.tensor([[1, 1, 0, 0], [1, 1, 1, 0], [0, 1, 1, 1], [0, 0, 1, 1]]).bool()
scores = torch.randn(4, 4)
scores = scores.masked_fill(~adj, float("-inf"))
print(scores)
att = torch.softmax(scores, dim=-1)
print(att)
print(att.sum(-1))
isolated = torch.full((1, 3), float("-inf"))
print(torch.softmax(isolated, dim=-1))
