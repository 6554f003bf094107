# sin(x) fonksiyonuna üçüncü derece polinom uydurma
import math
import torch

x = torch.linspace(-math.pi, math.pi, 200)
y = torch.sin(x)
katsayılar = torch.zeros(4, requires_grad=True)
öğrenme_hızı = 1e-3
for t in range(500):
    tahmin = sum(katsayılar[i] * x ** i for i in range(4))
    kayıp = (tahmin - y).pow(2).mean()
    if t % 100 == 99:
        print(f"Adım {t}: Kayıp: {kayıp.item():.6f}")
    kayıp.backward()
    with torch.no_grad():
        katsayılar -= öğrenme_hızı * 50 * katsayılar.grad
        katsayılar.grad = None
print("Katsayılar:", [round(k, 4) for k in katsayılar.tolist()])
