# float64 tensörlerin gösterimi ve dtype bilgisi
import torch

x = torch.tensor([0.1, 0.2, 0.3], dtype=torch.float64)
print(x)
print("Toplam:", x.sum(), "0.6'ya eşit mi?", (x.sum() == 0.6).item())
y = torch.tensor([1.5, 2.5])
print("float32:", y, "float64:", y.double())
print("Varsayılan tip:", torch.get_default_dtype())
print(torch.tensor(3, dtype=torch.int16), torch.tensor([True, False]))
