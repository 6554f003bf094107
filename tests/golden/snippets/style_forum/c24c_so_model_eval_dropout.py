# Q: model gives different outputs each time -- forgot eval()
import torch
import torch.nn as nn

torch.manual_seed(1)
dp = nn.Dropout(p=0.5)
ones = torch.ones(8)
print(dp(ones))
print(dp(ones))
dp.eval()
print(dp(ones), dp.training)
print(dp)
