# Yayınlama (broadcasting) kuralları
import torch

a = torch.ones(3, 1)
b = torch.arange(4.0)
sonuç = a + b
print(f"a şekli {tuple(a.shape)}, b şekli {tuple(b.shape)} -> sonuç {tuple(sonuç.shape)}")
print(sonuç)
c = torch.randn(2, 3)
d = torch.randn(3, 2)
try:
    c + d
except RuntimeError as e:
    print("Yayınlama hatası:", e)
