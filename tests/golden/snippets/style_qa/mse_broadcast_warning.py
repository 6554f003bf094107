# MSELoss with (N, 1) predictions and (N,) targets broadcasts to (N, N) and warns.
import torch
import torch.nn as nn

pred = torch.tensor([[1.0], [2.0], [3.0]])
target = torch.tensor([1.0, 2.0, 4.0])
loss = nn.MSELoss()(pred, target)
print(loss)
print(nn.MSELoss()(pred.squeeze(1), target))
print((pred - target).shape)
