# XOR problemi: doğrusal olmayan bir ağ gerekir
import torch
from torch import nn

torch.manual_seed(0)
girdi = torch.tensor([[0., 0.], [0., 1.], [1., 0.], [1., 1.]])
hedef = torch.tensor([[0.], [1.], [1.], [0.]])
ağ = nn.Sequential(nn.Linear(2, 8), nn.Tanh(), nn.Linear(8, 1))
optimizör = torch.optim.Adam(ağ.parameters(), lr=0.05)
kayıp_fn = nn.BCEWithLogitsLoss()
for epok in range(300):
    optimizör.zero_grad()
    kayıp = kayıp_fn(ağ(girdi), hedef)
    kayıp.backward()
    optimizör.step()
    if epok % 100 == 0:
        print(f"Epok {epok}, Kayıp: {kayıp.item():.4f}")
olasılık = torch.sigmoid(ağ(girdi))
print("Tahminler:", olasılık.round().squeeze().tolist())
