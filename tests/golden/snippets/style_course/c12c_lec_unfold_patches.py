# Lecture: Tensor.unfold makes sliding windows; F.unfold makes im2col.
import torch
import torch.nn.functional as F

s = torch.arange(8.0)
print(s.unfold(0, 3, 2))
print(s.unfold(0, 3, 2).stride())
img = torch.arange(16.0).reshape(1, 1, 4, 4)
cols = F.unfold(img, kernel_size=2, stride=2)
print(cols.shape)
print(cols)
back = F.fold(cols, output_size=(4, 4), kernel_size=2, stride=2)
print(torch.equal(back, img))
cols3 = F.unfold(img, kernel_size=3, padding=1)
print(cols3.shape, cols3[0, 4])
w = torch.ones(1, 9)
print((w @ cols3).reshape(1, 1, 4, 4))
print(F.conv2d(img, torch.ones(1, 1, 3, 3), padding=1))
