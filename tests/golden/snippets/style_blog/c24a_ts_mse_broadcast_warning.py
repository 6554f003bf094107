# Model output (N, 1) against a target of shape (N,): broadcasting warning
import torch
import torch.nn.functional as F

pred = torch.tensor([[1.0], [2.0], [3.0]])
target = torch.tensor([1.0, 2.0, 4.0])
loss = F.mse_loss(pred, target)
print(loss)
print(F.mse_loss(pred.squeeze(1), target))
print(F.l1_loss(pred, target.unsqueeze(1)))
try:
    F.mse_loss(pred, torch.ones(2))
except RuntimeError as e:
    print(e)
