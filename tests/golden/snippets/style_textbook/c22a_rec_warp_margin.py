import torch

pos = torch.tensor([2.0, 0.5, 1.0], requires_grad=True)
neg = torch.tensor([[1.0, 2.5], [0.0, 0.4], [3.0, -1.0]], requires_grad=True)
margin = 1.0
viol = torch.relu(margin - pos.unsqueeze(1) + neg)
print(viol)
loss = viol.sum(1).mean()
loss.backward()
print(loss)
print(pos.grad)
print(neg.grad)
mrl = torch.nn.MarginRankingLoss(margin=1.0)
print(mrl(pos.detach(), neg[:, 0].detach(), torch.ones(3)))
