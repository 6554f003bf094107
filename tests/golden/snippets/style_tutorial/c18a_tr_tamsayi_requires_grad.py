# Tamsayı tensörler gradyan isteyemez
import torch

try:
    sayaç = torch.tensor([1, 2, 3], requires_grad=True)
except RuntimeError as hata:
    print("Hata:", hata)
x = torch.tensor([1, 2, 3])
try:
    x.requires_grad_()
except RuntimeError as hata:
    print("requires_grad_ hatası:", hata)
print(torch.tensor([1, 2, 3], dtype=torch.float32, requires_grad=True))
