# Aynı grafik üzerinden iki kez backward: retain_graph gerekli
import torch

x = torch.tensor(3.0, requires_grad=True)
y = x.sin() * x
y.backward(retain_graph=True)
print(f"İlk türev: {x.grad.item():.6f}")
y.backward()
print(f"İki kez toplandı: {x.grad.item():.6f}")
z = torch.tanh(x) * 2
z.backward()
try:
    z.backward()
except RuntimeError as hata:
    print("İkinci çağrı hatası:", str(hata)[:80])
