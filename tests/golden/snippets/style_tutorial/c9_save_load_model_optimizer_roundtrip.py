# Save a model and its optimizer mid-training, load them into fresh objects, and resume.
import io
import torch
import torch.nn as nn

torch.manual_seed(1)
x = torch.randn(32, 3)
y = x @ torch.tensor([[1.5], [-2.0], [0.5]]) + 0.3

def make():
    model = nn.Sequential(nn.Linear(3, 8), nn.Tanh(), nn.Linear(8, 1))
    opt = torch.optim.Adam(model.parameters(), lr=0.05)
    return model, opt

model, opt = make()
loss_fn = nn.MSELoss()
for step in range(5):
    opt.zero_grad()
    loss = loss_fn(model(x), y)
    loss.backward()
    opt.step()
print("loss after 5 steps:", round(loss.item(), 5))

buffer = io.BytesIO()
torch.save({"model": model.state_dict(), "opt": opt.state_dict(), "step": 5}, buffer)
buffer.seek(0)

model2, opt2 = make()
ckpt = torch.load(buffer)
print(sorted(ckpt.keys()), ckpt["step"])
print(model2.load_state_dict(ckpt["model"]))
opt2.load_state_dict(ckpt["opt"])
print(opt2.state_dict()["param_groups"][0]["lr"], len(opt2.state_dict()["state"]))
print(opt2.state[opt2.param_groups[0]["params"][0]]["step"])

for m, o in ((model, opt), (model2, opt2)):
    for step in range(3):
        o.zero_grad()
        loss = loss_fn(m(x), y)
        loss.backward()
        o.step()
    print("resumed loss:", loss.item())
print(all(torch.equal(p, q) for p, q in zip(model.parameters(), model2.parameters())))
