# label smoothing written as KL to a smoothed distribution (the Transformer paper trick)
import torch
import torch.nn as nn
torch.manual_seed(45)
V, pad, smoothing = 5, 0, 0.4
x = torch.log_softmax(torch.randn(3, V), dim=-1)
target = torch.tensor([2, 1, 0])
true_dist = x.detach().clone().fill_(smoothing / (V - 2))
true_dist.scatter_(1, target.unsqueeze(1), 1 - smoothing)
true_dist[:, pad] = 0
mask = torch.nonzero(target == pad)
true_dist.index_fill_(0, mask.squeeze(), 0.0)
print(true_dist)
print(nn.KLDivLoss(reduction="sum")(x, true_dist))
