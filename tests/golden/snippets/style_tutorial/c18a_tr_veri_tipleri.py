# Veri tipleri: tamsayı ve ondalıklı tensörler, dönüşümler
import torch

tam = torch.tensor([1, 2, 3])
ondalık = torch.tensor([1.0, 2.5, 3.7])
print(f"Tam sayı tipi: {tam.dtype}")
print(f"Ondalık tipi: {ondalık.dtype}")
dönüşmüş = ondalık.int()
print("int'e çevrilmiş:", dönüşmüş)
print("double'a çevrilmiş:", tam.double())
karışık = tam + ondalık
print(f"Toplamın tipi: {karışık.dtype}, değer: {karışık}")
mantıksal = ondalık > 2
print("Karşılaştırma:", mantıksal, mantıksal.dtype)
print("Toplam kaç tane doğru:", mantıksal.sum().item())
