# Reassembling overlapping patches with F.fold and dividing by the overlap count.
import torch
import torch.nn.functional as F

img = torch.arange(16, dtype=torch.float32).reshape(1, 1, 4, 4)
cols = F.unfold(img, kernel_size=3, stride=1)
summed = F.fold(cols, (4, 4), kernel_size=3, stride=1)
count = F.fold(torch.ones_like(cols), (4, 4), kernel_size=3, stride=1)
print(count[0, 0])
print(torch.allclose(summed / count, img))
print(summed[0, 0, 0])
