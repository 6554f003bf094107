# Q: save the whole model or its state_dict? Loading with weights_only and map_location, in memory.
import io
import torch
import torch.nn as nn

torch.manual_seed(0)
model = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
print(buf.tell() > 0)
buf.seek(0)
sd = torch.load(buf, weights_only=True, map_location='cpu')
print(type(sd).__name__, list(sd.keys()))
print(sd['0.weight'].requires_grad, model[0].weight.requires_grad)
fresh = nn.Sequential(nn.Linear(2, 3), nn.ReLU(), nn.Linear(3, 1))
print(fresh.load_state_dict(sd))
x = torch.randn(4, 2)
print(torch.equal(fresh(x), model(x)))
buf2 = io.BytesIO()
torch.save({'tensor': torch.arange(3), 'list': [1, 2.5], 'nested': {'a': torch.ones(2)}}, buf2)
buf2.seek(0)
obj = torch.load(buf2)
print(obj)
buf3 = io.BytesIO()
torch.save([torch.zeros(2), torch.ones(2)], buf3)
buf3.seek(0)
print(torch.load(buf3, weights_only=True))
