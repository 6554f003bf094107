# nn.KLDivLoss, MarginRankingLoss, HingeEmbeddingLoss, CosineEmbeddingLoss
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
kl_loss = nn.KLDivLoss(reduction="batchmean")
input = F.log_softmax(torch.randn(3, 5), dim=1)
target = F.softmax(torch.rand(3, 5), dim=1)
print(kl_loss(input, target))
log_target = F.log_softmax(torch.rand(3, 5), dim=1)
print(nn.KLDivLoss(reduction="batchmean", log_target=True)(input, log_target))
a, b = torch.randn(3), torch.randn(3)
y = torch.tensor([1., -1., 1.])
print(nn.MarginRankingLoss(margin=0.1)(a, b, y))
print(nn.HingeEmbeddingLoss()(a, y))
print(nn.CosineEmbeddingLoss()(torch.randn(3, 4), torch.randn(3, 4), y))
