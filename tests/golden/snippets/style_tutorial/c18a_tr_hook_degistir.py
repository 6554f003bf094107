# Gradyanı değiştiren kanca: gradyanı yarıya indirmek ve kırpmak
import torch

w = torch.tensor([1.0, -2.0, 3.0], requires_grad=True)
tutamak = w.register_hook(lambda g: g * 0.5)
(w ** 2).sum().backward()
print("Yarıya indirilmiş:", w.grad)
tutamak.remove()
w.grad = None
w.register_hook(lambda g: g.clamp(-1, 1))
(w ** 2).sum().backward()
print("Kırpılmış:", w.grad)
