# no_grad içinde hesaplanan kayıpta backward hatası
import torch

w = torch.tensor([1.0, 2.0], requires_grad=True)
with torch.no_grad():
    kayıp = (w ** 2).sum()
print("kayıp:", kayıp, "requires_grad:", kayıp.requires_grad)
try:
    kayıp.backward()
except RuntimeError as hata:
    print("Hata:", hata)
b = torch.tensor(5.0)
try:
    b.backward()
except RuntimeError as hata:
    print("Sabit tensörde:", hata)
