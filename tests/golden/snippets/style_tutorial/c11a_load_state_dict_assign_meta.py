# Loading a checkpoint into a model created on the meta device with load_state_dict(assign=True).
import io
import torch
from torch import nn

torch.manual_seed(10)
src = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
buf = io.BytesIO()
torch.save(src.state_dict(), buf)
buf.seek(0)
state_dict = torch.load(buf, weights_only=True)
with torch.device("meta"):
    meta_model = nn.Sequential(nn.Linear(3, 4), nn.ReLU(), nn.Linear(4, 2))
print(meta_model[0].weight.device, meta_model[0].weight.shape)
result = meta_model.load_state_dict(state_dict, assign=True)
print(result)
print(meta_model[0].weight.device, isinstance(meta_model[0].weight, nn.Parameter))
print(meta_model[0].weight.requires_grad)
x = torch.randn(2, 3)
print(torch.equal(meta_model(x), src(x)))
print(meta_model[2].bias)
