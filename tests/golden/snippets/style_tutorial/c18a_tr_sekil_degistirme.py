# Şekil değiştirme: view, reshape, unsqueeze, squeeze, permute
import torch

x = torch.arange(24, dtype=torch.float32)
print("Orijinal boyut:", x.size())
görünüm = x.view(2, 3, 4)
print("view sonrası:", görünüm.shape)
yeniden = x.reshape(4, -1)
print("reshape(4, -1):", yeniden.shape)
eklenmiş = yeniden.unsqueeze(0)
print("unsqueeze(0):", eklenmiş.shape)
print("squeeze():", eklenmiş.squeeze().shape)
yer_değişmiş = görünüm.permute(2, 0, 1)
print("permute:", yer_değişmiş.shape, "bitişik mi?", yer_değişmiş.is_contiguous())
try:
    yer_değişmiş.view(-1)
except RuntimeError as hata:
    print("Hata:", hata)
