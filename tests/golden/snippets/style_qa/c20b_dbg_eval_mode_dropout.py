# my validation loss is noisy: forgot model.eval()
import torch
import torch.nn as nn

torch.manual_seed(13)
model = nn.Sequential(nn.Linear(4, 8), nn.Dropout(0.5), nn.Linear(8, 1))
x = torch.randn(3, 4)
a = model(x)
b = model(x)
print(torch.equal(a, b), model.training)
model.eval()
c = model(x)
d = model(x)
print(torch.equal(c, d), model.training, model[1].training)
print(c.squeeze())
