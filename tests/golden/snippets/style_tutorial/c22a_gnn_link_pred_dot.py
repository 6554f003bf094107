import torch
import torch.nn.functional as F

torch.manual_seed(4)
z = torch.randn(6, 8, requires_grad=True)
pos = torch.tensor([[0, 1, 2], [1, 2, 3]])
neg = torch.randint(0, 6, (2, 3))
print(neg)
pos_score = (z[pos[0]] * z[pos[1]]).sum(-1)
neg_score = (z[neg[0]] * z[neg[1]]).sum(-1)
scores = torch.cat([pos_score, neg_score])
labels = torch.cat([torch.ones(3), torch.zeros(3)])
loss = F.binary_cross_entropy_with_logits(scores, labels)
loss.backward()
print(round(loss.item(), 5))
print(z.grad.shape, z.grad[5].abs().sum().item() >= 0)
