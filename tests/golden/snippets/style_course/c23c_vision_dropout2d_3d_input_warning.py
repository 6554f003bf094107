# Dropout2d on a 3-D input: the warning about channel-wise dropout and what it does.
import torch
import torch.nn as nn

torch.manual_seed(0)
d = nn.Dropout2d(0.5)
out = d(torch.ones(3, 2, 2))
print(out.shape)
print(nn.Dropout1d(0.5)(torch.ones(2, 3, 4)).shape)
print(nn.AlphaDropout(0.2), nn.FeatureAlphaDropout(0.2))
d.eval()
print(d(torch.ones(3, 2, 2)).sum())
