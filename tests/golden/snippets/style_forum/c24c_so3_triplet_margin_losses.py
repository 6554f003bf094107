# Q: margin-based losses
import torch
import torch.nn as nn

anchor = torch.tensor([[0.0, 0.0]])
pos = torch.tensor([[1.0, 0.0]])
neg = torch.tensor([[3.0, 4.0]])
print(nn.TripletMarginLoss(margin=1.0)(anchor, pos, neg))
print(nn.MarginRankingLoss(margin=0.5)(torch.tensor([1.0, 2.0]), torch.tensor([2.0, 1.0]), torch.tensor([1.0, 1.0])))
print(nn.HingeEmbeddingLoss()(torch.tensor([0.3, 2.0]), torch.tensor([1.0, -1.0])))
print(nn.MultiMarginLoss()(torch.tensor([[0.1, 0.2, 0.4, 0.8]]), torch.tensor([3])))
