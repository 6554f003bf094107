import torch

scores = torch.tensor([[0.2, 0.5, 0.1, 0.9], [0.7, 0.3, 0.8, 0.1], [0.25, 0.25, 0.5, 0.0]])
target = torch.tensor([1, 2, 3])
target_score = scores.gather(1, target.view(-1, 1))
rank = (scores > target_score).sum(1) + 1
print(rank)
print((1.0 / rank.float()).mean())
print(rank.dtype)
