# Aktivasyon fonksiyonları ve türevleri
import torch

x = torch.tensor([-2.0, -0.5, 0.0, 0.5, 2.0], requires_grad=True)
for isim, fonksiyon in [("ReLU", torch.relu), ("Sigmoid", torch.sigmoid), ("Tanh", torch.tanh)]:
    if x.grad is not None:
        x.grad.zero_()
    çıktı = fonksiyon(x)
    çıktı.sum().backward()
    print(f"{isim:8s} değer: {çıktı.detach()}")
    print(f"{isim:8s} türev: {x.grad}")
