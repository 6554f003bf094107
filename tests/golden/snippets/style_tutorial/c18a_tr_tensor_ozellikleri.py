# Bir tensörün özellikleri: ndim, numel, element_size, stride, device
import torch

t = torch.zeros(2, 3, 4, dtype=torch.float64)
print("Boyut sayısı:", t.ndim, "| dim():", t.dim())
print("Eleman sayısı:", t.numel())
print("Eleman başına bayt:", t.element_size())
print("Adımlar:", t.stride())
print("Cihaz:", t.device, "| Tip:", t.type())
print("Gradyan istiyor mu:", t.requires_grad, "| yaprak mı:", t.is_leaf)
print("Şekil tuple olarak:", tuple(t.shape), t.shape[-1], t.size(1))
