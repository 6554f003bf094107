# Sınır dışı indeks ve gather'da hatalı indeks
import torch

x = torch.tensor([10, 20, 30])
try:
    x[3]
except IndexError as hata:
    print("IndexError:", hata)
m = torch.arange(6.).reshape(2, 3)
try:
    m[:, 5]
except IndexError as hata:
    print("IndexError:", hata)
print("gather:", m.gather(1, torch.tensor([[2], [0]])))
try:
    m.gather(1, torch.tensor([[3], [0]]))
except RuntimeError as hata:
    print("RuntimeError:", hata)
