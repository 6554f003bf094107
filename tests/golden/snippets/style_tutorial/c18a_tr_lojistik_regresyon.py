# Lojistik regresyon: iki sınıflı basit veri
import torch
import torch.nn as nn

torch.manual_seed(7)
sınıf0 = torch.randn(20, 2) + torch.tensor([-2.0, -2.0])
sınıf1 = torch.randn(20, 2) + torch.tensor([2.0, 2.0])
X = torch.cat([sınıf0, sınıf1])
y = torch.cat([torch.zeros(20), torch.ones(20)]).unsqueeze(1)
model = nn.Sequential(nn.Linear(2, 1), nn.Sigmoid())
kriter = nn.BCELoss()
opt = torch.optim.SGD(model.parameters(), lr=0.5)
for i in range(50):
    opt.zero_grad()
    kayıp = kriter(model(X), y)
    kayıp.backward()
    opt.step()
tahmin = (model(X) > 0.5).float()
doğruluk = (tahmin == y).float().mean()
print(f"Son kayıp: {kayıp.item():.4f}")
print(f"Doğruluk: %{doğruluk.item() * 100:.1f}")
