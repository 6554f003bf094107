import torch

scores = torch.tensor([[0.1, 0.4, 0.35, 0.8, 0.05]])
rel = torch.tensor([[0.0, 3.0, 2.0, 0.0, 1.0]])
k = 3
_, idx = scores.topk(k)
gains = (2 ** rel.gather(1, idx)) - 1
disc = torch.log2(torch.arange(k, dtype=torch.float) + 2)
dcg = (gains / disc).sum(1)
ideal = (2 ** rel.topk(k).values - 1) / disc
print(idx)
print(gains)
print(dcg, ideal.sum(1))
print(dcg / ideal.sum(1))
