# NumPy köprüsü: bellek paylaşımı
import numpy as np
import torch

dizi = np.array([1.0, 2.0, 3.0])
tensör = torch.from_numpy(dizi)
dizi[0] = 99
print("NumPy değiştirildi, tensör:", tensör)
geri = tensör.numpy()
print(type(geri).__name__, geri.dtype)
kopya = torch.tensor(dizi)
dizi[1] = -5
print("Kopya etkilenmedi:", kopya)
print(f"Veri tipi: {tensör.dtype}")
