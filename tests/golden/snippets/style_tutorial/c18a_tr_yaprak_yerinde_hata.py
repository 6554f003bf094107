# requires_grad=True olan yaprak tensörde yerinde (in-place) işlem hatası
import torch

w = torch.zeros(3, requires_grad=True)
try:
    w += 1
except RuntimeError as hata:
    print("Hata:", hata)
with torch.no_grad():
    w += 1
print("no_grad içinde güncellendi:", w)
print("Hâlâ yaprak mı?", w.is_leaf, "grad_fn:", w.grad_fn)
