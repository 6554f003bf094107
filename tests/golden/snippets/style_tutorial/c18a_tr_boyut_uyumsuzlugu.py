# Katman boyutu uyuşmazsa alınan hata mesajı
import torch
from torch import nn

katman = nn.Linear(10, 5)
veri = torch.randn(8, 12)
try:
    katman(veri)
except RuntimeError as hata:
    print("Boyut hatası:", hata)
print("Beklenen giriş boyutu:", katman.in_features)
print("Doğru veri ile çıktı:", katman(torch.randn(8, 10)).shape)
