# Q: adding a per-sample value to a (N, D) batch gives a (N, N) result or an error: unsqueeze for broadcasting.
import torch

x = torch.arange(6.0).reshape(3, 2)
per_sample = torch.tensor([10.0, 20.0, 30.0])
try:
    x + per_sample
except RuntimeError as e:
    print(e)
print(x + per_sample.unsqueeze(1))
print(x + per_sample[:, None])
print((x.sum(1) + per_sample.unsqueeze(1)).shape)
per_feature = torch.tensor([1.0, -1.0])
print(x * per_feature)
print(torch.broadcast_shapes((3, 1), (1, 2)), torch.broadcast_tensors(per_sample[:, None], per_feature)[0].shape)
try:
    x.add_(torch.ones(3, 3))
except RuntimeError as e:
    print(e)
print(x.unsqueeze(0).shape, x.unsqueeze(-1).shape, x[None, :, None].shape)
