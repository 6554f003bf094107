# Tüm parametreleri tek vektöre çevirmek ve geri yüklemek
import torch
from torch import nn
from torch.nn.utils import parameters_to_vector, vector_to_parameters

torch.manual_seed(6)
model = nn.Sequential(nn.Linear(2, 3), nn.Linear(3, 1))
vektör = parameters_to_vector(model.parameters())
print("Vektör boyu:", vektör.shape)
print(vektör[:4])
vector_to_parameters(torch.zeros_like(vektör), model.parameters())
print("Sıfırlandı mı:", all((p == 0).all().item() for p in model.parameters()))
print(model(torch.ones(1, 2)))
