# Mantıksal maskeler: where, masked_fill, any, all ve nonzero
import torch

notlar = torch.tensor([[45, 78, 90], [30, 55, 62], [88, 91, 40]])
geçti = notlar >= 50
print("Geçti maskesi:\n", geçti)
print("Herkes en az bir dersten geçti mi?", geçti.any(dim=1).all().item())
print("Kalan notlar:", notlar[~geçti])
print("Kalanlar sıfırlandı:\n", notlar.masked_fill(~geçti, 0))
print("Harf notu kodu:\n", torch.where(notlar >= 85, 3, torch.where(geçti, 2, 1)))
print("Kalanların konumları:", torch.nonzero(~geçti).tolist())
