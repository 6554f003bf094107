# Kendi Dataset sınıfımız: kareler veri kümesi
import torch
from torch.utils.data import Dataset, DataLoader

class KarelerVeriKümesi(Dataset):
    def __init__(self, n):
        self.sayılar = torch.arange(n, dtype=torch.float32)

    def __len__(self):
        return len(self.sayılar)

    def __getitem__(self, i):
        return self.sayılar[i], self.sayılar[i] ** 2

torch.manual_seed(5)
vk = KarelerVeriKümesi(7)
print("Eleman sayısı:", len(vk))
for x, y in DataLoader(vk, batch_size=3, shuffle=True):
    print("Girdi:", x, "Hedef:", y)
