# nn.Linear ve optim.SGD ile aynı regresyon
import torch
from torch import nn

torch.manual_seed(42)
girdiler = torch.randn(50, 3)
gerçek_ağırlık = torch.tensor([[1.5], [-2.0], [0.5]])
hedefler = girdiler @ gerçek_ağırlık + 0.3
model = nn.Linear(3, 1)
kayıp_fonksiyonu = nn.MSELoss()
optimizör = torch.optim.SGD(model.parameters(), lr=0.1)
for epok in range(1, 61):
    optimizör.zero_grad()
    kayıp = kayıp_fonksiyonu(model(girdiler), hedefler)
    kayıp.backward()
    optimizör.step()
    if epok % 20 == 0:
        print(f"Epok {epok}: Kayıp: {kayıp.item():.6f}")
print("Ağırlıklar:", model.weight.data)
print("Sapma:", model.bias.data)
