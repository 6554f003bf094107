# İlk türevimiz: y = x^2 + 3x, x = 2 noktasında dy/dx
import torch

x = torch.tensor(2.0, requires_grad=True)
y = x ** 2 + 3 * x
print(f"y değeri: {y.item()}")
y.backward()
print(f"dy/dx = {x.grad.item()}")
print("Beklenen (2x + 3):", 2 * 2 + 3)
print("y'nin grad_fn'i:", y.grad_fn)
