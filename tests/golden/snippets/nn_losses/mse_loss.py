import torch
from torch import nn

pred = torch.tensor([[0.5, 1.5], [2.0, -1.0]], requires_grad=True)
target = torch.tensor([[1.0, 1.0], [2.5, 0.0]])
loss = nn.MSELoss()(pred, target)
print(loss, loss.grad_fn)
loss.backward()
print(pred.grad)
print(nn.MSELoss(reduction="sum")(pred, target))
print(nn.MSELoss(reduction="none")(pred, target))
