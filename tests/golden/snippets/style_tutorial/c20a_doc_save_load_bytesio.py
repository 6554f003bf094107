# torch.save / torch.load to an in-memory buffer; state_dict round trip
import io
import torch
import torch.nn as nn

x = torch.tensor([0, 1, 2, 3, 4])
buffer = io.BytesIO()
torch.save(x, buffer)
buffer.seek(0)
print(torch.load(buffer))
torch.manual_seed(0)
model = nn.Linear(2, 1)
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
buf.seek(0)
model2 = nn.Linear(2, 1)
print(model2.load_state_dict(torch.load(buf, weights_only=True)))
print(torch.equal(model.weight, model2.weight))
