# @torch.no_grad() dekoratörü ile tahmin fonksiyonu
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Linear(2, 1)

@torch.no_grad()
def tahmin_et(girdi):
    return model(girdi)

@torch.inference_mode()
def hızlı_tahmin(girdi):
    return model(girdi)

çıktı = tahmin_et(torch.ones(1, 2))
print(çıktı, çıktı.requires_grad)
h = hızlı_tahmin(torch.ones(1, 2))
print(h.requires_grad, h.is_inference())
print("Fonksiyon adı korunur mu:", tahmin_et.__name__)
