# Triplet loss on anchor user, positive and negative item vectors
import torch
import torch.nn as nn

a = torch.tensor([[1.0, 0.0], [0.0, 1.0]], requires_grad=True)
p = torch.tensor([[0.9, 0.1], [0.0, 2.0]])
n = torch.tensor([[1.0, 0.2], [3.0, 1.0]])
crit = nn.TripletMarginLoss(margin=0.5)
print(crit)
loss = crit(a, p, n)
print(loss)
loss.backward()
print(a.grad)
print(nn.functional.triplet_margin_loss(a, p, n, margin=0.5, reduction='none'))
print(nn.functional.pairwise_distance(a, p))
