# Cihaz seçimi: GPU yoksa CPU kullan
import torch

cihaz = torch.device("cuda" if torch.cuda.is_available() else "cpu")
print(f"Kullanılan cihaz: {cihaz}")
x = torch.randn(2, 2).to(cihaz)
print("Tensörün cihazı:", x.device)
print("cihaz tipi:", cihaz.type)
model_ağırlığı = torch.zeros(3, device=cihaz, requires_grad=True)
print(model_ağırlığı)
