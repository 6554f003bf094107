# Multi-class soft Dice on 3-D volumes (N, C, D, H, W) with one-hot targets, excluding background.
import torch
import torch.nn.functional as F

torch.manual_seed(4)
logits = torch.randn(1, 3, 2, 3, 3, requires_grad=True)
labels = torch.randint(0, 3, (1, 2, 3, 3))
probs = logits.softmax(1)
onehot = F.one_hot(labels, 3).permute(0, 4, 1, 2, 3).float()
dims = (0, 2, 3, 4)
dice = (2 * (probs * onehot).sum(dims) + 1e-5) / (probs.sum(dims) + onehot.sum(dims) + 1e-5)
loss = 1 - dice[1:].mean()
loss.backward()
print(onehot.shape, onehot.sum(dims))
print(dice.round(decimals=4), round(loss.item(), 4))
print(logits.grad.shape, logits.grad.sum(1).abs().max() < 1e-6)
