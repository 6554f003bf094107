# torch.cat with mismatched sizes and with different dtypes.
import torch

a = torch.ones(2, 3)
b = torch.ones(3, 2)
try:
    torch.cat([a, b])
except RuntimeError as e:
    print(e)
print(torch.cat([a, b.T]).shape)
print(torch.cat([torch.ones(2), torch.arange(2)]))
try:
    torch.stack([torch.ones(2), torch.ones(3)])
except RuntimeError as e:
    print(e)
