# Etiketler float olursa cross_entropy ne der?
import torch
import torch.nn as nn

kriter = nn.CrossEntropyLoss()
çıktılar = torch.randn(4, 3)
yanlış_etiket = torch.tensor([0., 1., 2., 1.])
try:
    print(kriter(çıktılar, yanlış_etiket))
except RuntimeError as hata:
    print("Hata:", hata)
doğru_etiket = yanlış_etiket.long()
print("long tipine çevrildi:", doğru_etiket.dtype)
print("Kayıp sonlu mu?", torch.isfinite(kriter(çıktılar, doğru_etiket)).item())
