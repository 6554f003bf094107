# State-dict surgery: strip a "module." prefix, drop the classifier, load the rest non-strictly.
from collections import OrderedDict
import torch
import torch.nn as nn

class Net(nn.Module):
    def __init__(self, classes):
        super().__init__()
        self.features = nn.Sequential(nn.Linear(6, 4), nn.ReLU())
        self.classifier = nn.Linear(4, classes)

    def forward(self, x):
        return self.classifier(self.features(x))

torch.manual_seed(0)
trained = Net(10)
saved = OrderedDict(("module." + k, v) for k, v in trained.state_dict().items())
print(list(saved.keys()))

cleaned = OrderedDict()
for k, v in saved.items():
    name = k[len("module."):] if k.startswith("module.") else k
    if name.startswith("classifier"):
        continue
    cleaned[name] = v
print(list(cleaned.keys()))

new = Net(3)
result = new.load_state_dict(cleaned, strict=False)
print(result.missing_keys)
print(result.unexpected_keys)
print(torch.equal(new.features[0].weight, trained.features[0].weight))

try:
    new.load_state_dict(saved)
except RuntimeError as e:
    print(str(e).splitlines()[0])

bad = dict(trained.state_dict())
try:
    new.load_state_dict(bad)
except RuntimeError as e:
    print(e)
