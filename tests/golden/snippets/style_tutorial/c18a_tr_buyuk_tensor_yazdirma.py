# Büyük tensörler kısaltılarak yazdırılır (...)
import torch

büyük = torch.arange(2000).reshape(40, 50)
print(büyük)
torch.manual_seed(0)
rastgele = torch.randn(1200)
print(rastgele)
print("Eleman sayısı:", büyük.numel())
