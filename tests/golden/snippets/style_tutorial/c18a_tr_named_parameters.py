# Parametrelerin isimleri, şekilleri ve gradyan durumları
import torch
from torch import nn

torch.manual_seed(3)
model = nn.Sequential(nn.Linear(2, 4), nn.Tanh(), nn.Linear(4, 1))
for isim, parametre in model.named_parameters():
    print(f"{isim:10s} şekil={tuple(parametre.shape)} gradyan_gerekli={parametre.requires_grad}")
kayıp = model(torch.ones(3, 2)).pow(2).mean()
kayıp.backward()
for isim, parametre in model.named_parameters():
    print(f"{isim}: gradyan normu = {parametre.grad.norm().item():.5f}")
