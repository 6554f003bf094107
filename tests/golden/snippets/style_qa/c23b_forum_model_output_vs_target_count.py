import torch
from torch import nn

model = nn.Linear(5, 3)
x = torch.randn(16, 5)
y = torch.randint(0, 3, (8,))
try:
    nn.CrossEntropyLoss()(model(x), y)
except Exception as e:
    print(type(e).__name__, e)
try:
    nn.MSELoss()(model(x), torch.randn(16, 2))
except Exception as e:
    print(type(e).__name__, e)
try:
    nn.L1Loss()(model(x), torch.randn(8, 3))
except Exception as e:
    print(type(e).__name__, e)
