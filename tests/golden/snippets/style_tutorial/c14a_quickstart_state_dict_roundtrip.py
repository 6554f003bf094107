# Quickstart, save and load: state_dict to a temporary file, a fresh model, load_state_dict and eval predictions.
import os
import tempfile
import torch
from torch import nn

torch.manual_seed(14)
model = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
print(list(model.state_dict().keys()))
print(model.state_dict()['2.bias'])
path = os.path.join(tempfile.mkdtemp(), "model.pth")
torch.save(model.state_dict(), path)
print("Saved PyTorch Model State to model.pth")
model2 = nn.Sequential(nn.Linear(4, 8), nn.ReLU(), nn.Linear(8, 3))
print(torch.equal(model2[0].weight, model[0].weight))
result = model2.load_state_dict(torch.load(path, weights_only=True))
print(result)
model2.eval()
classes = ["cat", "dog", "bird"]
x = torch.randn(2, 4)
with torch.no_grad():
    pred = model2(x)
    print(pred)
    print([classes[i] for i in pred.argmax(1)])
print(torch.equal(pred, model(x).detach()))
try:
    nn.Linear(4, 5).load_state_dict(model[0].state_dict())
except RuntimeError as e:
    print(str(e).splitlines()[0])
