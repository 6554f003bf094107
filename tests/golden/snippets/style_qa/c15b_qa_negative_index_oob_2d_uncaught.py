# Q: negative indices on a 2-D tensor — which ones are valid?
import torch

m = torch.arange(6).reshape(2, 3)
print(m[-1, -3], m[-2], m[:, -1])
print(m[0, -4])
