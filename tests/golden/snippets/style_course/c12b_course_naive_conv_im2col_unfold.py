# course: convolution as im2col with F.unfold and a matrix product, compared with F.conv2d; fold back.
import torch
import torch.nn.functional as F

torch.manual_seed(5)
x = torch.randn(1, 2, 5, 5)
w = torch.randn(3, 2, 3, 3)
cols = F.unfold(x, kernel_size=3, padding=1)
print('cols', cols.shape)
out = (w.view(3, -1) @ cols).view(1, 3, 5, 5)
ref = F.conv2d(x, w, padding=1)
print(torch.allclose(out, ref, atol=1e-5))
cols2 = F.unfold(x, kernel_size=2, stride=2)
print(cols2.shape)
print(cols2[0, :, 0])
print(x[0, :, :2, :2].flatten())
ones = torch.ones(1, 1, 4, 4)
fold = F.fold(F.unfold(ones, kernel_size=2, stride=1), output_size=(4, 4), kernel_size=2, stride=1)
print(fold)
patches = x.unfold(2, 3, 2).unfold(3, 3, 2)
print(patches.shape, patches.stride())
