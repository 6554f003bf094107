# Tek bir yapay sinir hücresi: ağırlıklı toplam, aktivasyon ve gradyanlar
import torch

girdiler = torch.tensor([0.5, -1.0, 2.0])
ağırlıklar = torch.tensor([0.1, 0.4, -0.3], requires_grad=True)
sapma = torch.tensor(0.2, requires_grad=True)
z = girdiler @ ağırlıklar + sapma
çıktı = torch.sigmoid(z)
hedef = torch.tensor(1.0)
kayıp = (çıktı - hedef) ** 2
kayıp.backward()
print(f"z = {z.item():.4f}, çıktı = {çıktı.item():.4f}, kayıp = {kayıp.item():.6f}")
print("∂kayıp/∂ağırlıklar:", ağırlıklar.grad)
print(f"∂kayıp/∂sapma: {sapma.grad.item():.6f}")
elle = 2 * (çıktı - hedef) * çıktı * (1 - çıktı)
print("Elle hesap eşleşiyor mu?", torch.allclose(elle * girdiler, ağırlıklar.grad))
