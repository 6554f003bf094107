# "my regression loss is stuck: MSELoss with shapes (N, 1) and (N,)"
import torch
import torch.nn as nn

torch.manual_seed(0)
X = torch.randn(6, 2)
y = X @ torch.tensor([1.5, -0.5])
model = nn.Linear(2, 1)
crit = nn.MSELoss()
out = model(X)
print(out.shape, y.shape)
loss_wrong = crit(out, y)
loss_right = crit(out.squeeze(1), y)
print("broadcast loss:", loss_wrong.item())
print("correct loss:", loss_right.item())
print(((out - y) ** 2).shape)
bce = nn.BCELoss()
try:
    bce(torch.sigmoid(out), (y > 0).float())
except ValueError as e:
    print("ValueError:", e)
