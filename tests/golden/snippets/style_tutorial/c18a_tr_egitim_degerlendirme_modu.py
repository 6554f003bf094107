# train() ve eval() modları: Dropout farkı
import torch
from torch import nn

torch.manual_seed(0)
ağ = nn.Sequential(nn.Linear(4, 4), nn.Dropout(p=0.5))
girdi = torch.ones(1, 4)
ağ.train()
print("Eğitim modunda:", ağ.training)
print(ağ(girdi))
ağ.eval()
print("Değerlendirme modunda:", ağ.training)
with torch.no_grad():
    print(ağ(girdi))
