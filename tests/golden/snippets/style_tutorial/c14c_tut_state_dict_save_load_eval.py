# Saving and loading a model's state_dict through an in-memory buffer, then inference in eval mode.
import io
import torch
import torch.nn as nn

torch.manual_seed(31)
model = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 2))
for name, tensor in model.state_dict().items():
    print(name, "\t", tensor.size())
buffer = io.BytesIO()
torch.save(model.state_dict(), buffer)
buffer.seek(0)
restored = nn.Sequential(nn.Linear(5, 8), nn.ReLU(), nn.Dropout(0.5), nn.Linear(8, 2))
print(restored.load_state_dict(torch.load(buffer, weights_only=True)))
restored.eval()
model.eval()
x = torch.randn(3, 5)
with torch.no_grad():
    a = model(x)
    b = restored(x)
print(torch.equal(a, b), a)
model.train()
print(model(x).sub(a).abs().max() > 0, restored.training, model[2].training)
