# torch.nn.functional tour: conv1d, max_pool1d, pad modes, interpolate, normalize and similarities.
import torch
import torch.nn.functional as F

torch.manual_seed(4)
signal = torch.arange(8.0).view(1, 1, 8)
kernel = torch.tensor([[[1.0, 0.0, -1.0]]])
print(F.conv1d(signal, kernel))
print(F.conv1d(signal, kernel, padding=1, stride=2))
print(F.max_pool1d(signal, 2), F.avg_pool1d(signal, 3, stride=2))
x = torch.arange(6.0).view(1, 1, 2, 3)
print(F.pad(x, (1, 1)))
print(F.pad(x, (1, 1, 1, 0), mode="replicate"))
print(F.pad(signal, (2, 0), mode="reflect"))
print(F.pad(x, (1, 2), value=-1.0).shape)
print(F.interpolate(x, scale_factor=2, mode="nearest"))
print(F.interpolate(signal, size=4, mode="linear", align_corners=False))
a, b = torch.randn(3, 4), torch.randn(3, 4)
print(F.normalize(a, dim=1).norm(dim=1))
print(F.cosine_similarity(a, b), F.pairwise_distance(a, b))
print(F.one_hot(torch.tensor([2, 0]), num_classes=4))
print(F.softplus(a[0]), F.gelu(a[0]), F.silu(a[0]))
