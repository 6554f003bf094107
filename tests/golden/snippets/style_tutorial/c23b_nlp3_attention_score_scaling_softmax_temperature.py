import math
import torch

torch.manual_seed(84)
d = 64
q = torch.randn(1, d)
k = torch.randn(5, d)
raw = q @ k.T
scaled = raw / math.sqrt(d)
print(raw.std() > scaled.std(), scaled.shape)
p_raw = raw.softmax(-1)
p_scaled = scaled.softmax(-1)
print(p_raw.max() >= p_scaled.max())
print(p_scaled.sum().round(decimals=4))
