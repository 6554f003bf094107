# pairwise ranking with MarginRankingLoss
import torch
s_pos = torch.tensor([0.8, 0.2, 0.5], requires_grad=True)
s_neg = torch.tensor([0.3, 0.4, 0.5])
loss = torch.nn.MarginRankingLoss(margin=0.1)(s_pos, s_neg, torch.ones(3))
print(loss)
loss.backward()
print(s_pos.grad)
print(torch.nn.functional.margin_ranking_loss(s_pos, s_neg, torch.tensor([1.0, -1.0, 1.0]), reduction="sum"))
