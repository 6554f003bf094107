# Vektör-Jacobian çarpımını backward(gradient=...) ile almak
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x ** 2
ağırlıklar = torch.tensor([0.1, 1.0, 0.0001], dtype=torch.float)
y.backward(ağırlıklar)
print("x.grad:", x.grad)
print("Elle: 2x * v =", 2 * x.detach() * ağırlıklar)
try:
    (x * 3).backward(gradient=[1.0, 1.0, 1.0])
except TypeError as hata:
    print("Liste ile hata:", hata)
