# .data ile değişiklik autograd'ın haberi olmadan yapılır (tehlikeli)
import torch

x = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y = x.exp()
y.data.mul_(0)
y.sum().backward()
print("y:", y)
print("x.grad (yanlış sonuç, hata yok):", x.grad)
x2 = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
y2 = x2.exp()
y2.detach().mul_(0)
try:
    y2.sum().backward()
except RuntimeError as hata:
    print("detach ile hata yakalandı:", str(hata)[:70])
