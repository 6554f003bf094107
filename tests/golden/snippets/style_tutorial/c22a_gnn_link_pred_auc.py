import torch

pos = torch.tensor([0.9, 0.8, 0.4, 0.7])
neg = torch.tensor([0.3, 0.5, 0.85, 0.1])
comp = (pos.unsqueeze(1) > neg.unsqueeze(0)).float()
ties = (pos.unsqueeze(1) == neg.unsqueeze(0)).float() * 0.5
auc = (comp + ties).mean()
print(comp)
print(auc)
scores = torch.cat([pos, neg])
order = scores.argsort(descending=True)
print(order)
print(torch.cat([torch.ones(4), torch.zeros(4)])[order])
