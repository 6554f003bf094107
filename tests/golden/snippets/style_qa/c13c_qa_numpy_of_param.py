# "Can't call numpy() on Tensor that requires grad" while plotting predictions
import torch
import torch.nn as nn

torch.manual_seed(3)
model = nn.Linear(1, 1)
xs = torch.linspace(0, 1, 4).unsqueeze(1)
pred = model(xs)
try:
    pred.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(pred.detach().numpy().round(4))
with torch.no_grad():
    print(model(xs).numpy().shape)
try:
    model.weight.numpy()
except RuntimeError as e:
    print("RuntimeError:", e)
print(model.weight.data.numpy().dtype)
print(pred.tolist() == pred.detach().tolist())
print(float(pred[0]))
