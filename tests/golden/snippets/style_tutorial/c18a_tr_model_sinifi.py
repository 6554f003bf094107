# nn.Module'den türeyen basit bir sinir ağı sınıfı
import torch
import torch.nn as nn

class BasitAğ(nn.Module):
    def __init__(self, giriş, gizli, çıkış):
        super().__init__()
        self.katman1 = nn.Linear(giriş, gizli)
        self.aktivasyon = nn.ReLU()
        self.katman2 = nn.Linear(gizli, çıkış)

    def forward(self, x):
        return self.katman2(self.aktivasyon(self.katman1(x)))

torch.manual_seed(1)
ağ = BasitAğ(4, 8, 2)
print(ağ)
toplam = sum(p.numel() for p in ağ.parameters())
print(f"Toplam parametre sayısı: {toplam}")
çıktı = ağ(torch.randn(5, 4))
print("Çıktı şekli:", çıktı.shape)
print("Çıktının grad_fn'i:", çıktı.grad_fn)
