# Q: resuming training: save and load the optimizer's state_dict so Adam's moments carry on.
import io
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Linear(3, 1)
opt = torch.optim.Adam(model.parameters(), lr=0.1)
x, y = torch.randn(8, 3), torch.randn(8, 1)
for _ in range(3):
    opt.zero_grad()
    nn.functional.mse_loss(model(x), y).backward()
    opt.step()
buf = io.BytesIO()
torch.save({'model': model.state_dict(), 'opt': opt.state_dict()}, buf)
buf.seek(0)
ckpt = torch.load(buf)
model2 = nn.Linear(3, 1)
model2.load_state_dict(ckpt['model'])
opt2 = torch.optim.Adam(model2.parameters(), lr=0.1)
opt2.load_state_dict(ckpt['opt'])
print(opt2.state_dict()['state'][0]['step'], opt2.state[model2.weight]['exp_avg'])
for m, o in ((model, opt), (model2, opt2)):
    o.zero_grad()
    nn.functional.mse_loss(m(x), y).backward()
    o.step()
print(torch.equal(model.weight, model2.weight), model2.bias)
