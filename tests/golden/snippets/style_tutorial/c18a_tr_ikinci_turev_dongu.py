# Ardışık türevler: x^4 fonksiyonunun 1., 2., 3. ve 4. türevi
import torch

x = torch.tensor(1.5, requires_grad=True)
f = x ** 4
türevler = []
for derece in range(1, 5):
    (f,) = torch.autograd.grad(f, x, create_graph=True)
    türevler.append(f.item())
    print(f"{derece}. türev: {f.item():.4f}  grad_fn: {type(f.grad_fn).__name__}")
print("Beklenen:", [4 * 1.5**3, 12 * 1.5**2, 24 * 1.5, 24])
