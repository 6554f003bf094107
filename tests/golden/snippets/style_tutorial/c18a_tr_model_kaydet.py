# state_dict ile modeli kaydetmek ve yüklemek (bellekte)
import io
import torch
from torch import nn

torch.manual_seed(2)
model = nn.Linear(3, 2)
tampon = io.BytesIO()
torch.save(model.state_dict(), tampon)
tampon.seek(0)
yeni_model = nn.Linear(3, 2)
sonuç = yeni_model.load_state_dict(torch.load(tampon))
print("Yükleme sonucu:", sonuç)
print("Anahtarlar:", list(yeni_model.state_dict().keys()))
print("Ağırlıklar eşit mi?", torch.equal(model.weight, yeni_model.weight))
