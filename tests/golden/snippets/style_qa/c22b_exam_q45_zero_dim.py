import torch

# Q45. Scalar tensors: shape, ndim, indexing.
s = torch.tensor(4.0)
print(s.shape, s.dim(), s.numel())
print(s.unsqueeze(0).shape, s.reshape(1, 1).shape)
try:
    s[0]
except IndexError as e:
    print("IndexError:", e)
print(s[()], s[None].shape, s[...].shape)
