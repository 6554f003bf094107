# Mini-batch eğitimi: veriyi elle parçalara bölmek
import torch
from torch import nn

torch.manual_seed(11)
X = torch.randn(64, 4)
y = (X.sum(dim=1, keepdim=True) > 0).float()
model = nn.Linear(4, 1)
opt = torch.optim.SGD(model.parameters(), lr=0.3)
kriter = nn.BCEWithLogitsLoss()
parti_boyutu = 16
for epok in range(3):
    karışık = torch.randperm(64)
    toplam_kayıp = 0.0
    for i in range(0, 64, parti_boyutu):
        indeks = karışık[i:i + parti_boyutu]
        opt.zero_grad()
        kayıp = kriter(model(X[indeks]), y[indeks])
        kayıp.backward()
        opt.step()
        toplam_kayıp += kayıp.item()
    print(f"Epok {epok + 1}: ortalama kayıp {toplam_kayıp / 4:.4f}")
