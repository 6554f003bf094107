"""Extracting image patches with F.unfold (the im2col trick behind convolution)."""
import torch
import torch.nn.functional as F

img = torch.arange(16.0).view(1, 1, 4, 4)
patches = F.unfold(img, kernel_size=2, stride=2)
print(patches.shape)
print(patches)
kernel = torch.ones(1, 1, 2, 2)
via_unfold = (kernel.view(1, -1) @ patches).view(1, 1, 2, 2)
print(torch.equal(via_unfold, F.conv2d(img, kernel, stride=2)))
print(F.fold(patches, output_size=(4, 4), kernel_size=2, stride=2).equal(img))
