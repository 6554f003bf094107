# Q: my regression loss is stuck: predictions (N, 1) vs targets (N,) broadcast to (N, N).
import torch
import torch.nn as nn

torch.manual_seed(0)
x = torch.randn(6, 3)
y = x.sum(dim=1)
model = nn.Linear(3, 1)
pred = model(x)
print(pred.shape, y.shape, (pred - y).shape)
loss_fn = nn.MSELoss()
loss_wrong = loss_fn(pred, y)
loss_right = loss_fn(pred.squeeze(1), y)
print(loss_wrong.item() > loss_right.item(), round(loss_wrong.item(), 4), round(loss_right.item(), 4))
loss_right2 = loss_fn(pred, y.unsqueeze(1))
print(torch.equal(loss_right, loss_right2))
manual = ((pred - y) ** 2).mean()
print(torch.allclose(manual, loss_wrong))
print(torch.broadcast_shapes((6, 1), (6,)), torch.broadcast_shapes((1, 4), (3, 1)))
try:
    torch.broadcast_shapes((6, 2), (6,))
except RuntimeError as e:
    print(e)
