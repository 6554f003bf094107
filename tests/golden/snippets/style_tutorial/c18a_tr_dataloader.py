# TensorDataset ve DataLoader ile veri yükleme
import torch
from torch.utils.data import TensorDataset, DataLoader

özellikler = torch.arange(20, dtype=torch.float32).reshape(10, 2)
etiketler = torch.arange(10) % 2
veri_kümesi = TensorDataset(özellikler, etiketler)
print("Veri kümesi uzunluğu:", len(veri_kümesi))
print("İlk örnek:", veri_kümesi[0])
yükleyici = DataLoader(veri_kümesi, batch_size=4, shuffle=False)
for parti_no, (xb, yb) in enumerate(yükleyici):
    print(f"Parti {parti_no}: x şekli {tuple(xb.shape)}, etiketler {yb.tolist()}")
