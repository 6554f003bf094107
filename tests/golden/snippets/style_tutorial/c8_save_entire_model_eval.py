# Saving the entire model object (pickle) with torch.save and loading it with weights_only=False.
import io
import torch
import torch.nn as nn

class TheModelClass(nn.Module):
    def __init__(self):
        super().__init__()
        self.fc1 = nn.Linear(3, 4)
        self.fc2 = nn.Linear(4, 2)

    def forward(self, x):
        return self.fc2(torch.relu(self.fc1(x)))

torch.manual_seed(0)
model = TheModelClass()
f = io.BytesIO()
torch.save(model, f)
f.seek(0)
loaded = torch.load(f, weights_only=False)
loaded.eval()
print(type(loaded).__name__, loaded)
x = torch.randn(2, 3)
print(torch.equal(loaded(x), model(x)))
f.seek(0)
try:
    torch.load(f)
except Exception as e:
    print(type(e).__name__, str(e).splitlines()[0])
g = io.BytesIO()
torch.save({"epoch": 3, "loss": 0.25, "model": model.state_dict()}, g)
g.seek(0)
ckpt = torch.load(g)
print(ckpt["epoch"], ckpt["loss"], list(ckpt["model"]))
