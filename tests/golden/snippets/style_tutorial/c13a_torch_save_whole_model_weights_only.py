# Saving a whole model (pickled class) vs a state_dict; torch.load's weights_only default refuses the former.
import io
import torch
import torch.nn as nn

torch.manual_seed(56)
model = nn.Sequential(nn.Linear(3, 2), nn.Softmax(dim=1))
buf = io.BytesIO()
torch.save(model, buf)
buf.seek(0)
try:
    torch.load(buf)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
buf.seek(0)
loaded = torch.load(buf, weights_only=False)
print(type(loaded).__name__, loaded)
x = torch.randn(2, 3)
print(torch.equal(loaded(x), model(x)))
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
buf.seek(0)
sd = torch.load(buf)
print(type(sd).__name__, list(sd))
print(sd["0.weight"].requires_grad, loaded[0].weight.requires_grad)
