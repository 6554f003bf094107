# Quiz 9: compute these losses by hand first -- MSE, MAE, BCE, CE
import torch
import torch.nn.functional as F

pred = torch.tensor([0.5, 2.0, -1.0])
target = torch.tensor([1.0, 2.0, 0.0])
print(F.mse_loss(pred, target), ((pred - target) ** 2).mean())
print(F.l1_loss(pred, target), (pred - target).abs().mean())
p = torch.tensor([0.9, 0.2])
y = torch.tensor([1.0, 0.0])
print(F.binary_cross_entropy(p, y), -(y * p.log() + (1 - y) * (1 - p).log()).mean())
logits = torch.tensor([[2.0, 0.5, -1.0]])
print(F.cross_entropy(logits, torch.tensor([0])), -torch.log_softmax(logits, 1)[0, 0])
