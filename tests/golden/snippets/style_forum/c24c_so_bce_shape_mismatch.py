# Q: Using a target size that is different to the input size in BCE
import torch
import torch.nn as nn

out = torch.full((4, 1), 0.5)
y = torch.tensor([1.0, 0.0, 1.0, 1.0])
try:
    nn.BCELoss()(out, y)
except ValueError as e:
    print("ValueError:", e)
try:
    nn.BCEWithLogitsLoss()(out, y)
except ValueError as e:
    print("ValueError:", e)
print(nn.BCELoss()(out.view(-1), y).round(decimals=4))
