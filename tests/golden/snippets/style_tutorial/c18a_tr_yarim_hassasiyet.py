# Yarım hassasiyet (float16): değerler, toplam ve softmax
import torch

torch.manual_seed(32)
değerler = torch.randn(6).half()
print("float16 değerler:", değerler)
print("Toplam:", değerler.sum(), "Ortalama:", değerler.mean())
print("Softmax:", torch.softmax(değerler, dim=0))
print("Log-softmax:", torch.log_softmax(değerler, dim=0))
print("En büyük float16:", torch.finfo(torch.float16).max)
