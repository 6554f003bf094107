# Temel istatistikler: ortalama, varyans, std, min, max
import torch

torch.manual_seed(123)
notlar = torch.randint(40, 100, (10,)).float()
print("Notlar:", notlar)
print(f"Ortalama: {notlar.mean():.2f}")
print(f"Standart sapma: {notlar.std():.3f}")
print(f"Varyans (yansız değil): {notlar.var(unbiased=False):.3f}")
en_büyük, konum = notlar.max(dim=0)
print(f"En yüksek not: {en_büyük.item()} ({konum.item()}. öğrenci)")
print("Sıralı:", notlar.sort(descending=True).values)
