# Tamsayı ve ondalık tensörlerin matris çarpımı hatası
import torch

tamsayılar = torch.tensor([[1, 2], [3, 4]])
ondalıklar = torch.tensor([[0.5, 1.0], [1.5, 2.0]])
print("Eleman bazında çarpım sorun değil:", tamsayılar * ondalıklar)
try:
    print(tamsayılar @ ondalıklar)
except RuntimeError as hata:
    print("Matris çarpımı hatası:", hata)
print("float() ile:", tamsayılar.float() @ ondalıklar)
