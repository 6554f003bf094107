# Quiz: .T on a 1-D tensor, .mT on a batch.
import torch

v = torch.tensor([1.0, 2.0, 3.0])
print(v.T.shape)
b = torch.zeros(4, 2, 3)
print(b.mT.shape, b.transpose(-2, -1).shape)
try:
    v.mT
except RuntimeError as e:
    print(type(e).__name__, e)
print(b.permute(2, 0, 1).shape)
