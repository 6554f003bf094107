# torch.no_grad() içinde gradyan takibi yapılmaz
import torch

ağırlık = torch.ones(2, 2, requires_grad=True)
çıktı = ağırlık * 3
print("Normal:", çıktı.requires_grad, çıktı.grad_fn)
with torch.no_grad():
    çıktı2 = ağırlık * 3
print("no_grad içinde:", çıktı2.requires_grad, çıktı2.grad_fn)
print("Gradyan modu açık mı?", torch.is_grad_enabled())
ayrık = çıktı.detach()
print("detach sonrası:", ayrık.requires_grad)
