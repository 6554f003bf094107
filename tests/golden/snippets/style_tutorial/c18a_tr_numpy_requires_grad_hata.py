# Gradyan isteyen tensörü numpy'a çevirme hatası ve çözümü
import torch

ağırlık = torch.randn(3, requires_grad=True)
try:
    ağırlık.numpy()
except RuntimeError as hata:
    print("Hata:", hata)
dizi = ağırlık.detach().numpy()
print("detach ile:", dizi.shape, dizi.dtype)
print("tolist ile de olur:", len(ağırlık.tolist()))
