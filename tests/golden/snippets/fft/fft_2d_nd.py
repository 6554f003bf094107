# 2-D and n-D transforms: fft2/ifft2/rfft2/irfft2, fftn/ifftn/rfftn/irfftn with s= and dim=
import torch

img = torch.arange(12, dtype=torch.float32).view(3, 4)
print(torch.fft.fft2(img))
print(torch.fft.rfft2(img))
print(torch.fft.irfft2(torch.fft.rfft2(img), s=(3, 4)))
print(torch.fft.ifft2(torch.fft.fft2(img)).real)
print(torch.fft.fftn(img, dim=(0,)))
print(torch.fft.fftn(img, s=(2, 2)))
print(torch.fft.rfftn(img, s=(4, 4)).shape, torch.fft.irfftn(img).shape, torch.fft.irfftn(img, s=(3, 5)).shape)
vol = torch.ones(2, 2, 2, dtype=torch.float64)
print(torch.fft.fftn(vol))
print(torch.fft.ifftn(vol, norm="ortho"))
print(torch.fft.fft2(img, dim=0).shape, torch.fft.fftn(img, s=(-1, 2)).shape)
