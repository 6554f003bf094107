# Zincir kuralı: elle türev ve autograd karşılaştırması
import torch

x = torch.tensor(0.5, requires_grad=True)
u = x ** 3
v = torch.log(1 + u)
v.backward()
elle = (3 * 0.5 ** 2) / (1 + 0.5 ** 3)
print(f"Autograd: {x.grad.item():.6f}")
print(f"Elle hesap: {elle:.6f}")
print("Fark küçük mü?", abs(x.grad.item() - elle) < 1e-6)
