# Exercise: considering a (w,h,3) image of bytes, compute the number of unique colours
import torch

torch.manual_seed(1)
I = torch.randint(0, 2, (16, 16, 3), dtype=torch.uint8)
colors = torch.unique(I.reshape(-1, 3), dim=0)
print(len(colors))
print(colors)
