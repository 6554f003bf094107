# passing the model instead of model.parameters() to the optimizer
import torch
import torch.nn as nn

torch.manual_seed(91)
model = nn.Linear(3, 1)
try:
    torch.optim.SGD(model, lr=0.1)
except TypeError as e:
    print("TypeError:", e)
try:
    torch.optim.Adam([], lr=0.1)
except ValueError as e:
    print("ValueError:", e)
opt = torch.optim.SGD(model.parameters(), lr=0.1)
print(opt)
