# Tversky loss (alpha/beta weighted Dice) for imbalanced segmentation, with gradients.
import torch

pred = torch.tensor([[0.8, 0.6, 0.1], [0.3, 0.9, 0.2]], requires_grad=True)
gt = torch.tensor([[1.0, 0.0, 0.0], [1.0, 1.0, 0.0]])
alpha, beta = 0.3, 0.7
tp = (pred * gt).sum()
fp = (pred * (1 - gt)).sum()
fn = ((1 - pred) * gt).sum()
tversky = tp / (tp + alpha * fp + beta * fn)
loss = 1 - tversky
loss.backward()
print(tp, fp, fn, sep=" | ")
print(loss)
print(pred.grad)
