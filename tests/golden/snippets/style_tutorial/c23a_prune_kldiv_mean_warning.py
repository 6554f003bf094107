# KLDivLoss with reduction='mean' warns: it averages over elements, not the batch
import torch
import torch.nn as nn
import torch.nn.functional as F

s = F.log_softmax(torch.tensor([[0.0, 1.0], [2.0, 0.0]]), dim=1)
t = F.softmax(torch.tensor([[1.0, 1.0], [0.0, 3.0]]), dim=1)
print(nn.KLDivLoss(reduction="mean")(s, t))
print(nn.KLDivLoss(reduction="batchmean")(s, t))
print(nn.KLDivLoss(reduction="sum")(s, t))
print(nn.KLDivLoss(reduction="none")(s, t))
