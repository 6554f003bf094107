# Lecture: ranking and embedding losses.
import torch
import torch.nn as nn

torch.manual_seed(3)
x1 = torch.randn(4)
x2 = torch.randn(4)
y = torch.tensor([1.0, -1.0, 1.0, -1.0])
print(nn.MarginRankingLoss(margin=0.5)(x1, x2, y).item())
a = torch.randn(4, 6)
b = torch.randn(4, 6)
print(nn.CosineEmbeddingLoss(margin=0.2)(a, b, y).item())
print(nn.CosineEmbeddingLoss(reduction="none")(a, b, y))
anchor, pos, neg = torch.randn(3, 4, 6).unbind(0)
print(nn.TripletMarginLoss(margin=1.0, p=2)(anchor, pos, neg).item())
print(nn.TripletMarginLoss(margin=1.0, p=1, swap=True)(anchor, pos, neg).item())
print(nn.HingeEmbeddingLoss(margin=1.0)(x1, y).item())
print(nn.SoftMarginLoss()(x1, y).item())
