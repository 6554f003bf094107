# torch.range artık önerilmiyor; arange ile fark
import torch

eski = torch.range(0, 4)
yeni = torch.arange(0, 4)
print("range:", eski, eski.dtype)
print("arange:", yeni, yeni.dtype)
print("ondalık adım:", torch.arange(0, 1, 0.25))
print("eleman sayısı:", torch.arange(-1.0, 1.0, 0.1).numel())
