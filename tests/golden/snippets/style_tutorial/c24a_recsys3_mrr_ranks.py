# Mean reciprocal rank from full score matrices
import torch

scores = torch.tensor([[0.1, 0.9, 0.3, 0.5], [0.7, 0.2, 0.8, 0.1], [0.4, 0.4, 0.1, 0.3]])
target = torch.tensor([3, 0, 1])
order = scores.argsort(dim=1, descending=True, stable=True)
print(order)
pos = (order == target.unsqueeze(1)).nonzero()
print(pos)
ranks = pos[:, 1] + 1
print(ranks, (1.0 / ranks).mean())
print((order == target[:, None]).float().argmax(1))
