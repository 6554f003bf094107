import torch
from torch import nn

pred = torch.tensor([0.5, -1.0, 3.0], requires_grad=True)
target = torch.tensor([1.0, -1.0, 1.0])
loss = nn.L1Loss()(pred, target)
print(loss, loss.grad_fn, loss.grad_fn.next_functions[0][0])
loss.backward()
print(pred.grad)
print(nn.L1Loss(reduction="sum")(pred, target), nn.L1Loss(reduction="none")(pred, target))
