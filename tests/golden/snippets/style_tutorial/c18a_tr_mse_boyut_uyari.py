# Tahmin (N, 1) hedef (N,) olunca MSELoss uyarısı ve yanlış kayıp
import torch
from torch import nn

tahmin = torch.tensor([[1.0], [2.0], [3.0]])
hedef = torch.tensor([1.0, 2.0, 3.0])
kriter = nn.MSELoss()
yanlış = kriter(tahmin, hedef)
print(f"Yanlış kayıp: {yanlış.item():.4f}")
doğru = kriter(tahmin.squeeze(1), hedef)
print(f"Doğru kayıp: {doğru.item():.4f}")
print("Yayınlanmış şekil:", (tahmin - hedef).shape)
