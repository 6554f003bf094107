# Q: MSELoss with integer targets or predictions: "Found dtype Long but expected Float" and friends.
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(2, 1)
x = torch.randn(4, 2)
y = torch.tensor([[1], [0], [1], [1]])
pred = model(x)
loss = nn.MSELoss()(pred, y)
print(loss.dtype)
try:
    loss.backward()
except RuntimeError as e:
    print("RuntimeError:", e)
loss = nn.MSELoss()(model(x), y.float())
loss.backward()
print(round(loss.item(), 4), model.bias.grad)
try:
    nn.L1Loss()(torch.tensor([1, 2]), torch.tensor([1, 3]))
except RuntimeError as e:
    print("RuntimeError:", e)
print(nn.L1Loss()(torch.tensor([1., 2.]), torch.tensor([1, 3])))
print(nn.SmoothL1Loss()(torch.tensor([0.5, 3.0]), torch.tensor([0.0, 0.0])), nn.HuberLoss(delta=2.0)(torch.tensor([0.5, 3.0]), torch.zeros(2)))
