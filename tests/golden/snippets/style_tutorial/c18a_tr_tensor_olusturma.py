# Tensör oluşturma yolları: liste, zeros, ones, arange, linspace
import torch

liste = [[1, 2, 3], [4, 5, 6]]
tensor_a = torch.tensor(liste)
print("Listeden tensör:\n", tensor_a)
print(f"Şekli: {tensor_a.shape}, veri tipi: {tensor_a.dtype}")
sıfırlar = torch.zeros(2, 3)
birler = torch.ones_like(sıfırlar)
print("Sıfırlar:", sıfırlar)
print("Birler:", birler)
aralık = torch.arange(0, 10, 2)
print(f"Aralık: {aralık}")
doğrusal = torch.linspace(0, 1, steps=5)
print(f"Doğrusal aralık: {doğrusal}")
