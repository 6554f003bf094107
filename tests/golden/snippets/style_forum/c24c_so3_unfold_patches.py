# Q: extracting sliding windows / patches
import torch
import torch.nn.functional as F

seq = torch.arange(10)
print(seq.unfold(0, 4, 2))
picture = torch.arange(16.0).reshape(1, 1, 4, 4)
patches = F.unfold(picture, kernel_size=2, stride=2)
print(patches.shape)
print(patches)
print(F.fold(patches, output_size=(4, 4), kernel_size=2, stride=2).equal(picture))
