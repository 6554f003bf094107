# Grafikte kullanılmayan bir tensörün gradyanı: allow_unused
import torch

a = torch.tensor(2.0, requires_grad=True)
b = torch.tensor(3.0, requires_grad=True)
sonuç = a ** 2
try:
    torch.autograd.grad(sonuç, [a, b])
except RuntimeError as hata:
    print("Hata:", hata)
sonuç = a ** 2
ga, gb = torch.autograd.grad(sonuç, [a, b], allow_unused=True)
print("a için:", ga, "| b için:", gb)
sonuç = a ** 2
print(torch.autograd.grad(sonuç, [a, b], allow_unused=True, materialize_grads=True))
