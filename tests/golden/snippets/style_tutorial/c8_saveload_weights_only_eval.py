# Save and load: state_dict to a buffer, weights_only loading, strict keys, and eval mode.
import io
import torch
from torch import nn

torch.manual_seed(4)
model = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
print(list(model.state_dict().keys()))
buffer.seek(0)
state = torch.load(buffer, weights_only=True)
print(type(state).__name__, state["1.num_batches_tracked"])
model2 = nn.Sequential(nn.Linear(3, 4), nn.BatchNorm1d(4), nn.ReLU(), nn.Linear(4, 1))
print(model2.load_state_dict(state))
model2.eval()
x = torch.randn(2, 3)
print(model2(x))
print(model2.training, model2[1].training)
del state["3.bias"]
result = model2.load_state_dict(state, strict=False)
print(result.missing_keys, result.unexpected_keys)
try:
    model2.load_state_dict(state)
except RuntimeError as e:
    print(e)
