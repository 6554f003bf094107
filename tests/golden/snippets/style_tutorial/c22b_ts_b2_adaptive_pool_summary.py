import torch
import torch.nn as nn

x = torch.arange(20.0).view(1, 2, 10)
print(nn.AdaptiveAvgPool1d(4)(x))
print(nn.AdaptiveMaxPool1d(1)(x).squeeze(-1))
pool, idx = nn.functional.adaptive_max_pool1d(x, 3, return_indices=True)
print(pool, idx)
