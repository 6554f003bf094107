# İndeksleme ve dilimleme örnekleri
import torch

matris = torch.arange(1, 13).reshape(3, 4)
print("Matris:\n", matris)
print("İlk satır:", matris[0])
print("Son sütun:", matris[:, -1])
print("Ortadaki parça:\n", matris[1:, 1:3])
çift_mi = matris % 2 == 0
print("Çift sayılar:", matris[çift_mi])
matris[0, 0] = 100
print(f"Değiştirilmiş ilk eleman: {matris[0, 0].item()}")
print("Satır toplamları:", matris.sum(dim=1))
