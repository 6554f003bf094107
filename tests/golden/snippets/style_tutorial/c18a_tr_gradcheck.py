# gradcheck ile türevi sayısal olarak doğrulamak
import torch
from torch.autograd import gradcheck

def fonksiyon(x):
    return (x.sin() * x.exp()).sum()

girdi = torch.randn(4, dtype=torch.double, requires_grad=True)
print("gradcheck sonucu:", gradcheck(fonksiyon, (girdi,)))
x = torch.tensor(0.7, dtype=torch.double, requires_grad=True)
h = 1e-6
sayısal = (fonksiyon(x + h) - fonksiyon(x - h)) / (2 * h)
fonksiyon(x).backward()
print(f"Sayısal: {sayısal.item():.6f}, autograd: {x.grad.item():.6f}")
