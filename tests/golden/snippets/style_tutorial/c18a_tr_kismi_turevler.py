# İki değişkenli fonksiyonun kısmi türevleri: f(x, y) = x^2 * y + y^3
import torch

x = torch.tensor(1.0, requires_grad=True)
y = torch.tensor(2.0, requires_grad=True)
f = x**2 * y + y**3
f.backward()
print(f"∂f/∂x = {x.grad.item()} (beklenen 2xy = {2 * 1.0 * 2.0})")
print(f"∂f/∂y = {y.grad.item()} (beklenen x² + 3y² = {1.0 + 3 * 4.0})")
print("f =", f)
