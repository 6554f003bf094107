# item() sadece tek elemanlı tensörlerde çalışır
import torch

kayıplar = torch.tensor([0.25, 0.5, 0.125])
print(f"Ortalama kayıp: {kayıplar.mean().item():.4f}")
try:
    print(kayıplar.item())
except RuntimeError as e:
    print("Hata:", e)
print("Listeye çevir:", kayıplar.tolist())
print(f"İlk kayıp: {kayıplar[0]:.3f}")
