# conv2d as im2col (F.unfold) followed by a matrix product
import torch
import torch.nn.functional as F

torch.manual_seed(21)
X = torch.randn(1, 2, 4, 4)
K = torch.randn(3, 2, 3, 3)
cols = F.unfold(X, kernel_size=3)
print(cols.shape)
out = (K.view(3, -1) @ cols).view(1, 3, 2, 2)
print(torch.allclose(out, F.conv2d(X, K), atol=1e-5))
folded = F.fold(cols, output_size=(4, 4), kernel_size=3)
print(folded[0, 0])
print(F.fold(F.unfold(torch.ones(1, 1, 4, 4), 3), (4, 4), 3)[0, 0])
