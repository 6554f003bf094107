# Convolution as a matrix product: F.unfold (im2col) times the flattened kernel equals F.conv2d; F.fold inverts.
import torch
import torch.nn.functional as F

torch.manual_seed(3)
X = torch.randn(2, 3, 5, 5)
K = torch.randn(4, 3, 3, 3)
b = torch.randn(4)
cols = F.unfold(X, kernel_size=3, padding=1)
print(cols.shape)
out = (K.reshape(4, -1) @ cols + b[:, None]).reshape(2, 4, 5, 5)
ref = F.conv2d(X, K, b, padding=1)
print((out - ref).abs().max() < 1e-5)
cols2 = F.unfold(X, kernel_size=(2, 3), stride=(2, 1))
print(cols2.shape)
folded = F.fold(cols, output_size=(5, 5), kernel_size=3, padding=1)
counts = F.fold(torch.ones_like(cols), output_size=(5, 5), kernel_size=3, padding=1)
print(counts[0, 0])
print(torch.allclose(folded / counts, X, atol=1e-6))
patches = X.unfold(2, 2, 2).unfold(3, 2, 2)
print(patches.shape)
print(torch.arange(16.0).reshape(1, 1, 4, 4).unfold(2, 2, 2).unfold(3, 2, 2)[0, 0, 1, 0])
