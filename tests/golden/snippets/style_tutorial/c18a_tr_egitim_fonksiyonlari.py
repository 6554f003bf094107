# Eğitim ve doğrulama adımlarını fonksiyonlara ayırmak
import torch
from torch import nn

def eğitim_adımı(model, veri, hedef, kriter, optimizör):
    model.train()
    optimizör.zero_grad()
    kayıp = kriter(model(veri), hedef)
    kayıp.backward()
    optimizör.step()
    return kayıp.item()

@torch.no_grad()
def doğrula(model, veri, hedef, kriter):
    model.eval()
    return kriter(model(veri), hedef).item()

torch.manual_seed(21)
X, y = torch.randn(40, 3), torch.randn(40, 1)
model = nn.Sequential(nn.Linear(3, 6), nn.Tanh(), nn.Linear(6, 1))
opt = torch.optim.SGD(model.parameters(), lr=0.1, momentum=0.5)
for epok in range(1, 6):
    e = eğitim_adımı(model, X[:30], y[:30], nn.MSELoss(), opt)
    d = doğrula(model, X[30:], y[30:], nn.MSELoss())
    print(f"Epok {epok}: eğitim kaybı {e:.4f} | doğrulama kaybı {d:.4f}")
