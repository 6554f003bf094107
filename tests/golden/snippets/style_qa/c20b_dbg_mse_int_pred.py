# regression targets loaded as integers
import torch
import torch.nn as nn

torch.manual_seed(96)
model = nn.Linear(1, 1)
x = torch.tensor([[1], [2], [3]])
try:
    model(x)
except RuntimeError as e:
    print("RuntimeError:", e)
x = x.float()
y = torch.tensor([2, 4, 6])
loss = nn.MSELoss()(model(x).squeeze(1), y.float())
print(loss)
nn.MSELoss()(model(x).squeeze(1), y)
