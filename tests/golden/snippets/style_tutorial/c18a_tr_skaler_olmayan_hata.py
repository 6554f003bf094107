# Skaler olmayan bir çıktıda backward() çağırırsak ne olur?
import torch

x = torch.randn(3, requires_grad=True)
y = x * 2
try:
    y.backward()
except RuntimeError as hata:
    print("Hata mesajı:", hata)
y.backward(torch.ones_like(y))
print("Şimdi gradyan:", x.grad)
