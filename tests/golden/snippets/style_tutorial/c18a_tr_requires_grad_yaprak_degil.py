# Yaprak olmayan tensörde requires_grad değiştirmek
import torch

x = torch.ones(2, requires_grad=True)
y = x * 5
try:
    y.requires_grad = False
except RuntimeError as hata:
    print("Hata:", hata)
z = y.detach()
z.requires_grad = True
print("detach sonrası:", z.requires_grad, z.is_leaf)
print("y hâlâ:", y.requires_grad, y.is_leaf)
