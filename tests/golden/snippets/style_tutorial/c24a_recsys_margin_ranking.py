# Margin ranking loss for pairwise item preferences
import torch
import torch.nn as nn

s_pos = torch.tensor([0.8, 0.2, 0.5], requires_grad=True)
s_neg = torch.tensor([0.3, 0.4, 0.45])
y = torch.ones(3)
crit = nn.MarginRankingLoss(margin=0.1)
loss = crit(s_pos, s_neg, y)
print(crit)
print(loss)
loss.backward()
print(s_pos.grad)
print(nn.functional.margin_ranking_loss(s_pos, s_neg, -y, reduction='none'))
try:
    crit(s_pos, s_neg, torch.ones(2))
except RuntimeError as e:
    print(e)
