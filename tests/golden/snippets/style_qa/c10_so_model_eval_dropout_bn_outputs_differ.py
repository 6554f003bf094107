# Q: my model gives different outputs each call - forgot model.eval() with Dropout and BatchNorm.
import torch
from torch import nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(4, 8), nn.BatchNorm1d(8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 1))
x = torch.randn(5, 4)
a, b = model(x), model(x)
print(torch.equal(a, b), model.training)
print(model[1].num_batches_tracked)
model.eval()
c, d = model(x), model(x)
print(torch.equal(c, d), model.training, [m.training for m in model])
print(c.squeeze(1))
try:
    model.train()
    model(torch.randn(1, 4))
except ValueError as e:
    print("ValueError:", e)
model.eval()
print(model(torch.randn(1, 4)).shape)
print(model.train(False) is model, model.training)
