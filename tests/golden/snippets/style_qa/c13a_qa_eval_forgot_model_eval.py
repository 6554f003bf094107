# Q: my predictions change each time I run the model on the same input. A: forgot model.eval() (Dropout active).
import torch
import torch.nn as nn

torch.manual_seed(27)
model = nn.Sequential(nn.Linear(4, 16), nn.ReLU(), nn.Dropout(0.5), nn.Linear(16, 1))
x = torch.randn(2, 4)
with torch.no_grad():
    p1, p2 = model(x), model(x)
print(torch.equal(p1, p2))
model.eval()
with torch.no_grad():
    p3, p4 = model(x), model(x)
print(torch.equal(p3, p4))
print(model.training, [type(m).__name__ for m in model if m.training])
model.train()
print(model[2].training)
