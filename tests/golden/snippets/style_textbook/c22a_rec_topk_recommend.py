import torch

scores = torch.tensor([[0.1, 0.9, 0.3, 0.7, 0.5],
                       [0.8, 0.2, 0.6, 0.4, 0.95]])
seen = torch.tensor([[False, True, False, False, False],
                     [True, False, False, False, False]])
scores = scores.masked_fill(seen, float('-inf'))
vals, idx = torch.topk(scores, k=3, dim=1)
print(vals)
print(idx)
print(scores.topk(2, largest=False).indices)
