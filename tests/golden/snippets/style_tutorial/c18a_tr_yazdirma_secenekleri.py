# Yazdırma ayarları: threshold, edgeitems ve linewidth
import torch

uzun = torch.linspace(0, 1, 30)
torch.set_printoptions(threshold=10, edgeitems=2)
print("Kısaltılmış:", uzun)
torch.set_printoptions(threshold=1000, linewidth=40)
print("Dar satır:", uzun[:12])
torch.set_printoptions(profile="short")
print("short profili:", torch.tensor([1 / 3, 2 / 3]))
torch.set_printoptions(profile="default")
print("Varsayılan:", torch.tensor([1 / 3, 2 / 3]), torch.tensor([1e-8, 1.0]))
torch.set_printoptions(precision=1, sci_mode=True)
print("Bilimsel:", torch.tensor([12.5, 0.03]))
torch.set_printoptions(profile="default")
