# torch.tensor(tensör) uyarısı: clone().detach() önerisi
import torch

orijinal = torch.tensor([1.0, 2.0, 3.0], requires_grad=True)
kopya = torch.tensor(orijinal)
print("Kopya:", kopya, kopya.requires_grad)
önerilen = orijinal.clone().detach()
print("Önerilen yol:", önerilen)
print("Aynı bellek mi?", önerilen.data_ptr() == orijinal.data_ptr())
