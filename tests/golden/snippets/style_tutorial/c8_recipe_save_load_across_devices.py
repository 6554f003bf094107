# Recipe "Saving and loading models across devices": map_location to CPU, .to(device), device checks.
import io
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2))
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
device = torch.device("cpu")
buf.seek(0)
state = torch.load(buf, map_location=device)
print(state["0.weight"].device, type(device), device)
model2 = nn.Sequential(nn.Linear(3, 2))
model2.load_state_dict(state)
model2.to(device)
print(next(model2.parameters()).device, next(model2.parameters()).is_cuda)
buf.seek(0)
state = torch.load(buf, map_location="cpu", weights_only=True)
print(sorted(state))
buf.seek(0)
state = torch.load(buf, map_location=lambda storage, loc: storage)
print(torch.equal(state["0.bias"], model.state_dict()["0.bias"]))
x = torch.ones(2, 3).to(device)
print(model2(x).device, torch.cuda.is_available(), torch.device("cpu:0"), torch.device("cpu", 0).type)
