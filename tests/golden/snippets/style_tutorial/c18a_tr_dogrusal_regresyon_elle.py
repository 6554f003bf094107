# Doğrusal regresyon: y = 2x + 1, gradyan inişi elle
import torch

torch.manual_seed(0)
X = torch.linspace(0, 1, 20).unsqueeze(1)
y = 2 * X + 1 + 0.05 * torch.randn(20, 1)
w = torch.zeros(1, requires_grad=True)
b = torch.zeros(1, requires_grad=True)
öğrenme_oranı = 0.5
for epok in range(101):
    tahmin = X * w + b
    kayıp = ((tahmin - y) ** 2).mean()
    kayıp.backward()
    with torch.no_grad():
        w -= öğrenme_oranı * w.grad
        b -= öğrenme_oranı * b.grad
    w.grad.zero_(); b.grad.zero_()
    if epok % 25 == 0:
        print(f"Epok {epok:3d} | Kayıp: {kayıp.item():.4f}")
print(f"Öğrenilen w: {w.item():.3f}, b: {b.item():.3f}")
