# register_hook ile ara gradyanı görmek
import torch

x = torch.tensor([1.0, -1.0, 2.0], requires_grad=True)
ara = x * 3
görülen = []
ara.register_hook(lambda g: görülen.append(g.clone()))
sonuç = (ara ** 2).sum()
sonuç.backward()
print("Ara gradyan:", görülen[0])
print("x gradyanı:", x.grad)
print("retain_grad olmadan ara.grad:", ara.grad)
