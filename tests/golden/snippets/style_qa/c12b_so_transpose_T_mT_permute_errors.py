# Q: .T on 1-D/3-D tensors, .mT for batches, and permute/transpose argument errors.
import torch

v = torch.arange(3.)
m = torch.arange(6.).view(2, 3)
b = torch.arange(24.).view(2, 3, 4)
print(m.T.shape, m.t().shape, m.mT.shape, b.mT.shape, b.transpose(-2, -1).shape)
print(v.t().shape)
try:
    print(v.T.shape)
except RuntimeError as e:
    print(e)
try:
    print(b.T.shape)
except RuntimeError as e:
    print(e)
try:
    b.t()
except RuntimeError as e:
    print(e)
try:
    b.permute(0, 1)
except RuntimeError as e:
    print(e)
try:
    b.permute(0, 1, 1)
except RuntimeError as e:
    print(e)
try:
    b.transpose(0, 3)
except IndexError as e:
    print(e)
print(b.permute(2, 0, 1).shape, b.permute(-1, 0, 1).stride(), b.movedim(0, -1).shape)
try:
    v.mT
except RuntimeError as e:
    print(e)
print(m.H.shape, m.adjoint().shape, b.swapaxes(0, 2).shape)
