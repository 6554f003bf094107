# Q: extracting sliding windows / patches
import torch
import torch.nn.functional as F

x = torch.arange(10)
print(x.unfold(0, 4, 2))
img = torch.arange(16.0).reshape(1, 1, 4, 4)
cols = F.unfold(img, kernel_size=2, stride=2)
print(cols.shape)
print(cols)
print(F.fold(cols, output_size=(4, 4), kernel_size=2, stride=2).equal(img))
