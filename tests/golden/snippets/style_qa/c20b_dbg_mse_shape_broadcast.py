# why does my regression loss not go down? (loss shape bug)
import torch
import torch.nn as nn
import torch.nn.functional as F

torch.manual_seed(0)
x = torch.randn(8, 3)
y = x @ torch.tensor([1.0, -2.0, 0.5]) + 0.3   # shape (8,)
model = nn.Linear(3, 1)
pred = model(x)                                # shape (8, 1)
print(pred.shape, y.shape)
loss = F.mse_loss(pred, y)
print(loss)
print((pred - y).shape)
fixed = F.mse_loss(pred.squeeze(1), y)
print(fixed)
