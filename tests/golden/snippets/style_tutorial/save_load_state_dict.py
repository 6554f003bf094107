# Saving and loading a model's weights through a buffer.
import io
import torch
from torch import nn

torch.manual_seed(20)
model = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
print(list(model.state_dict().keys()))
for k, v in model.state_dict().items():
    print(k, v.size())
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
buffer.seek(0)
model2 = nn.Sequential(nn.Linear(3, 2), nn.ReLU(), nn.Linear(2, 1))
print(model2.load_state_dict(torch.load(buffer, weights_only=True)))
model2.eval()
x = torch.randn(2, 3)
print(torch.equal(model(x), model2(x)))
