# .grad alanına yanlış boyutta ya da tipte tensör atamak
import torch

w = torch.zeros(2, 3, requires_grad=True)
try:
    w.grad = torch.ones(3, 2)
except RuntimeError as hata:
    print("Boyut hatası:", hata)
try:
    w.grad = torch.ones(2, 3, dtype=torch.float64)
except RuntimeError as hata:
    print("Tip hatası:", hata)
w.grad = torch.full((2, 3), 0.5)
print("Atandı:", w.grad)
