# Saving and loading for inference: state_dict to a buffer, a fresh model, eval(), predictions unchanged.
import io
import torch
import torch.nn as nn

class Classifier(nn.Module):
    def __init__(self):
        super().__init__()
        self.net = nn.Sequential(nn.Linear(5, 10), nn.BatchNorm1d(10), nn.ReLU(), nn.Dropout(0.3), nn.Linear(10, 3))

    def forward(self, x):
        return self.net(x)

torch.manual_seed(0)
model = Classifier()
opt = torch.optim.SGD(model.parameters(), lr=0.1)
X, y = torch.randn(32, 5), torch.randint(0, 3, (32,))
for _ in range(5):
    opt.zero_grad()
    nn.functional.cross_entropy(model(X), y).backward()
    opt.step()
model.eval()
with torch.no_grad():
    before = model(X[:4])
buf = io.BytesIO()
torch.save(model.state_dict(), buf)
print(buf.tell() > 0)
buf.seek(0)
fresh = Classifier()
missing = fresh.load_state_dict(torch.load(buf, weights_only=True))
print(missing)
fresh.eval()
with torch.no_grad():
    after = fresh(X[:4])
print(torch.equal(before, after), before.argmax(1))
print(fresh.net[1].running_mean[:3], fresh.net[1].num_batches_tracked)
print(list(fresh.state_dict().keys())[:6])
