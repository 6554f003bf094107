# Q: model gives different outputs each time -- forgot eval()
import torch
import torch.nn as nn

torch.manual_seed(1)
drop = nn.Dropout(p=0.5)
x = torch.ones(8)
print(drop(x))
print(drop(x))
drop.eval()
print(drop(x), drop.training)
print(drop)
