# 2-D and n-D complex transforms: fft2/ifft2, fftn/ifftn with s= and dim= (real multi-dim plans refuse)
import torch

img = torch.arange(8, dtype=torch.float32).view(2, 4)
print(torch.fft.fft2(img))
print(torch.fft.ifft2(torch.fft.fft2(img)).real)
print(torch.fft.fftn(img, dim=(0,)))
print(torch.fft.fftn(img, s=(2, 2)))
vol = torch.ones(2, 2, 4, dtype=torch.float64)
print(torch.fft.fftn(vol))
print(torch.fft.ifftn(vol, norm="ortho"))
print(torch.fft.fft2(img, dim=0).shape, torch.fft.fftn(img, s=(-1, 2)).shape)
