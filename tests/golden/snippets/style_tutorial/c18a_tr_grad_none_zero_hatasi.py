# backward'dan önce grad.zero_() çağırmak: grad henüz None
import torch

w = torch.randn(3, requires_grad=True)
print("Başlangıçta w.grad:", w.grad)
try:
    w.grad.zero_()
except AttributeError as hata:
    print("AttributeError:", hata)
(w * 2).sum().backward()
w.grad.zero_()
print("Sıfırlanmış:", w.grad)
w.grad = None
print("None yapıldı:", w.grad)
