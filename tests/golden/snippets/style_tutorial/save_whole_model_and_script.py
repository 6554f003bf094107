# Saving a state_dict vs the whole model object, and loading with weights_only.
import io
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
print(buf.tell() > 0)
buf.seek(0)
sd = torch.load(buf, weights_only=True)
print(type(sd).__name__, list(sd))
print(sd['0.bias'])
m2 = nn.Sequential(nn.Linear(3, 2), nn.ReLU())
print(m2.load_state_dict(sd))
print(torch.equal(m2[0].weight, model[0].weight))
sd['0.weight'].zero_()
print(model[0].weight.abs().sum() > 0, model.state_dict()['0.weight'].data_ptr() == model[0].weight.data_ptr())
sd2 = model.state_dict(keep_vars=True)
print(type(sd2['0.weight']).__name__, sd2['0.weight'].requires_grad, model.state_dict()['0.weight'].requires_grad)
