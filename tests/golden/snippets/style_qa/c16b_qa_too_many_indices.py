# Q: too many indices for tensor of dimension
import torch

v = torch.arange(4)
try:
    v[0, 1]
except IndexError as e:
    print(e)
s = torch.tensor(3.0)
try:
    s[0]
except IndexError as e:
    print(e)
print(s[()], s[None], s[...])
print(v[None, :, None].shape)
