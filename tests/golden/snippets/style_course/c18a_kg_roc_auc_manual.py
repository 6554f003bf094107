# ROC AUC by hand: rank-based (Mann-Whitney) formula
import torch

torch.manual_seed(12)
labels = torch.tensor([0, 0, 1, 1, 0, 1, 0, 1, 1, 0])
scores = torch.rand(10) + 0.3 * labels
order = scores.argsort()
ranks = torch.empty_like(order)
ranks[order] = torch.arange(1, 11)
n_pos = labels.sum()
n_neg = len(labels) - n_pos
auc = (ranks[labels == 1].sum() - n_pos * (n_pos + 1) / 2) / (n_pos * n_neg)
print("ranks:", ranks.tolist())
print(f"AUC: {auc.item():.4f}")
pairs = (scores[labels == 1].unsqueeze(1) > scores[labels == 0].unsqueeze(0)).float().mean()
print(f"pairwise check: {pairs.item():.4f}")
