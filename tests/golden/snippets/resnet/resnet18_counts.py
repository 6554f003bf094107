import torch
import torchvision

model = torchvision.models.resnet18()
params = list(model.parameters())
print(len(params), sum(p.numel() for p in params))
print(f"{sum(p.numel() for p in params):,}")
print(model.fc)
names = [name for name, _ in model.named_parameters()]
print(names[:4], names[-4:])
print(len(model.state_dict()), list(model.state_dict())[:6])
print(len(list(model.modules())), len(list(model.children())))
print(type(model).__name__, type(model.layer1[0]).__name__)
