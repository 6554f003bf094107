import torch
from torch import nn
from torch.func import replace_all_batch_norm_modules_

m = nn.Sequential(nn.Linear(2, 3), nn.BatchNorm1d(3), nn.ReLU())
print(m[1].running_mean, m[1].track_running_stats)
replace_all_batch_norm_modules_(m)
print(m[1].running_mean, m[1].running_var, m[1].track_running_stats)
print(m[1])
out = m(torch.randn(4, 2))
print(out.shape)
