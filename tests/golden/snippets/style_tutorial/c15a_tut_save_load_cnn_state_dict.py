# Saving and loading models: list state_dict entries, round-trip through a buffer, load into a fresh net
import io
import torch
import torch.nn as nn

class TinyCNN(nn.Module):
    def __init__(self):
        super().__init__()
        self.features = nn.Sequential(nn.Conv2d(3, 4, 3), nn.ReLU(), nn.MaxPool2d(2))
        self.head = nn.Linear(36, 10)

    def forward(self, img):
        return self.head(self.features(img).flatten(1))

torch.manual_seed(0)
net = TinyCNN()
sgd = torch.optim.SGD(net.parameters(), lr=0.001, momentum=0.9)
for key, tensor in net.state_dict().items():
    print(f"{key:20s} {tuple(tensor.size())}")
print({k: v for k, v in sgd.state_dict().items()})
stream = io.BytesIO()
torch.save({"model": net.state_dict(), "optim": sgd.state_dict()}, stream)
stream.seek(0)
torch.manual_seed(1)
restored = TinyCNN()
ckpt = torch.load(stream, weights_only=True)
print(restored.load_state_dict(ckpt["model"]), sorted(ckpt))
restored.eval()
img = torch.randn(2, 3, 8, 8)
print(torch.equal(net(img), restored(img)), restored(img)[0, :3])
