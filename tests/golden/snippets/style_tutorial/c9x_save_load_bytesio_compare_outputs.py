# Train a tiny model, save its state_dict to a buffer, reload into a fresh model and compare.
import io
import torch
import torch.nn as nn

torch.manual_seed(3)
model = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
opt = torch.optim.Adam(model.parameters(), lr=0.01)
x = torch.randn(32, 4)
y = x.sum(dim=1, keepdim=True)
for step in range(20):
    opt.zero_grad()
    loss = nn.functional.mse_loss(model(x), y)
    loss.backward()
    opt.step()
print("final loss", loss.item())

buf = io.BytesIO()
torch.save(model.state_dict(), buf)
print("bytes written > 0:", buf.tell() > 0)
buf.seek(0)
state = torch.load(buf)
print(list(state.keys()))
print(type(state).__name__)
fresh = nn.Sequential(nn.Linear(4, 8), nn.Tanh(), nn.Linear(8, 1))
print(fresh.load_state_dict(state))
fresh.eval()
with torch.no_grad():
    a = model(x[:3])
    b = fresh(x[:3])
print(a)
print(torch.equal(a, b))
print(state["2.bias"])
print(state["0.weight"].requires_grad, model[0].weight.requires_grad)
