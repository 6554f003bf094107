# Hesaplama grafiğini grad_fn ve next_functions ile gezmek
import torch

x = torch.tensor([1.0, 2.0], requires_grad=True)
w = torch.tensor([0.5, -0.5], requires_grad=True)
çarpım = x * w
toplam = çarpım.sum()
sonuç = toplam.exp()
print("Son düğüm:", sonuç.grad_fn.name())
düğüm = sonuç.grad_fn
while düğüm is not None:
    print("->", type(düğüm).__name__)
    sonraki = [f for f, _ in düğüm.next_functions if f is not None]
    düğüm = sonraki[0] if sonraki else None
print("x yaprak mı?", x.is_leaf, "| çarpım yaprak mı?", çarpım.is_leaf)
