# cat ve stack arasındaki fark, uyumsuz boyut hataları
import torch

a = torch.zeros(2, 3)
b = torch.ones(2, 3)
print("cat dim=0:", torch.cat([a, b]).shape)
print("stack dim=0:", torch.stack([a, b]).shape)
c = torch.ones(3, 3)
try:
    torch.stack([a, c])
except RuntimeError as hata:
    print("stack hatası:", hata)
try:
    torch.cat([a, c], dim=1)
except RuntimeError as hata:
    print("cat hatası:", hata)
print("cat dim=0 çalışır:", torch.cat([a, c], dim=0).shape)
