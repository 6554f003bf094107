# Huber / smooth L1 loss by hand vs the library
import torch
import torch.nn.functional as F

pred = torch.tensor([0.0, 0.5, 2.0, -3.0], requires_grad=True)
target = torch.zeros(4)
diff = (pred - target).abs()
delta = 1.0
mine = torch.where(diff < delta, 0.5 * diff ** 2, delta * (diff - 0.5 * delta)).mean()
print(mine, F.huber_loss(pred, target), F.smooth_l1_loss(pred, target))
print(F.huber_loss(pred, target, delta=2.0), F.smooth_l1_loss(pred, target, beta=2.0))
mine.backward()
print(pred.grad)
