# Q: my network predicts the same value for every input. Dead ReLUs after a huge negative bias.
import torch
import torch.nn as nn

torch.manual_seed(62)
model = nn.Sequential(nn.Linear(2, 4), nn.ReLU(), nn.Linear(4, 1))
with torch.no_grad():
    model[0].bias.fill_(-100.0)
x = torch.randn(6, 2)
out = model(x)
print(out.squeeze(1))
print(torch.unique(out).numel(), (model[1](model[0](x)) == 0).all().item())
out.sum().backward()
print(model[0].weight.grad.abs().sum().item(), model[2].bias.grad)
leaky = nn.Sequential(nn.Linear(2, 4), nn.LeakyReLU(0.01), nn.Linear(4, 1))
leaky.load_state_dict(model.state_dict())
o2 = leaky(x)
o2.sum().backward()
print(torch.unique(o2).numel() > 1, leaky[0].weight.grad.abs().sum().item() > 0)
